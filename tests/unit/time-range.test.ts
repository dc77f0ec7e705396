import { describe, expect, it } from 'vitest';
import { isWithin, monthSteps, sortByDate } from '../../web/src/time-range.js';

describe('range filtering', () => {
  it('keeps undated items and treats null bounds as open', () => {
    expect(isWithin(null, '2017', '2017')).toBe(true);
    expect(isWithin('1999', null, null)).toBe(true);
    expect(isWithin('1999', null, '2000')).toBe(true);
    expect(isWithin('2001', null, '2000')).toBe(false);
  });

  it('keeps an item whose interval overlaps the range, even partly', () => {
    expect(isWithin('2017', '2017-03', '2017-03')).toBe(true);
    expect(isWithin('2017-03-15', '2017', null)).toBe(true);
    expect(isWithin('2016-12', '2016-12-31', null)).toBe(true);
    expect(isWithin('2016-12', '2017-01-01', null)).toBe(false);
  });

  it('includes the leap day in a range ending at February of a leap year', () => {
    expect(isWithin('2016-02-29', null, '2016-02')).toBe(true);
    expect(isWithin('2016-03-01', null, '2016-02')).toBe(false);
  });

  it('lists the ids outside the range', () => {
    const items = [
      { id: 'a', date: '2015' },
      { id: 'b', date: '2017-06' },
      { id: 'c', date: null },
      { id: 'd', date: '2019-01-01' },
    ];
    expect(items.filter((item) => !isWithin(item.date, '2016', '2018')).map((item) => item.id)).toEqual(['a', 'd']);
  });
});

describe('month steps', () => {
  it('run from the earliest to the latest start month, gaps and year ends included', () => {
    const items = [
      { id: 'a', date: '2017-02-10' },
      { id: 'b', date: null },
      { id: 'c', date: '2016-11' },
      { id: 'd', date: '2017-02' },
    ];
    expect(monthSteps(items)).toEqual(['2016-11', '2016-12', '2017-01', '2017-02']);
    expect(monthSteps([{ id: 'y', date: '2018' }])).toEqual(['2018-01']);
  });

  it('are empty without dated items', () => {
    expect(monthSteps([])).toEqual([]);
    expect(monthSteps([{ id: 'a', date: null }])).toEqual([]);
  });
});

describe('sorting by date', () => {
  it('orders by start then end, undated last, keeping ties in input order', () => {
    const items = [
      { id: 'undated1', date: null },
      { id: 'day', date: '2017-01-04' },
      { id: 'year', date: '2017' },
      { id: 'month', date: '2017-01' },
      { id: 'early', date: '2016-12-31' },
      { id: 'undated2', date: null },
      { id: 'day2', date: '2017-01-04' },
    ];
    expect(sortByDate(items).map((i) => i.id)).toEqual(['early', 'month', 'year', 'day', 'day2', 'undated1', 'undated2']);
  });
});
