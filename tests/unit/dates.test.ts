import { describe, expect, it } from 'vitest';
import { dateRange, isPartialDate } from '../../domain/dates.js';

describe('partial dates', () => {
  it('cover the whole year, month or day they name', () => {
    expect(dateRange('2017')).toEqual({ start: '2017-01-01', end: '2017-12-31' });
    expect(dateRange('2016-02')).toEqual({ start: '2016-02-01', end: '2016-02-29' });
    expect(dateRange('2017-01-04')).toEqual({ start: '2017-01-04', end: '2017-01-04' });
  });

  it('use the real length of February, leap years and years before 100 included', () => {
    expect(dateRange('2017-02').end).toBe('2017-02-28');
    expect(dateRange('1900-02').end).toBe('1900-02-28');
    expect(dateRange('2000-02').end).toBe('2000-02-29');
    expect(dateRange('0004-02').end).toBe('0004-02-29');
  });

  it('refuse what is not a real date', () => {
    expect(isPartialDate('2017-02-30')).toBe(false);
    expect(isPartialDate('2017-13')).toBe(false);
    expect(isPartialDate('17')).toBe(false);
    expect(() => dateRange('January 2017')).toThrow('"January 2017" is not an ISO partial date');
  });
});

describe('date ranges', () => {
  it('reads open and closed ranges as the days they cover', async () => {
    const { dateInterval, isDate, OPEN_END, OPEN_START } = await import('../../domain/dates.js');
    expect(dateInterval('2015/2017-03')).toEqual({ start: '2015-01-01', end: '2017-03-31' });
    expect(dateInterval('2015-06/..')).toEqual({ start: '2015-06-01', end: OPEN_END });
    expect(dateInterval('../2017')).toEqual({ start: OPEN_START, end: '2017-12-31' });
    expect(isDate('2018/2017')).toBe(false);
    expect(isDate('../..')).toBe(false);
  });

  it('keeps the narrower of two compatible dates', async () => {
    const { datesCompatible, narrowerDate } = await import('../../domain/dates.js');
    expect(datesCompatible('2017', '2017-01-04')).toBe(true);
    expect(datesCompatible('2017', '2016/..')).toBe(true);
    expect(datesCompatible('2017', '2018')).toBe(false);
    expect(narrowerDate('2017', '2017-01-04')).toBe('2017-01-04');
    expect(narrowerDate(null, '2017')).toBe('2017');
  });
});
