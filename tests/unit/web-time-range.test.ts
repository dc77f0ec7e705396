import { describe, expect, it } from 'vitest';
import { anchorMonth, describeDate, monthSteps } from '../../web/src/time-range.js';

describe('date ranges on the time axis', () => {
  it('describes ranges, open or closed, and leaves partial dates as they are', () => {
    expect(describeDate('2017-04')).toBe('2017-04');
    expect(describeDate('2015/2017')).toBe('2015 – 2017');
    expect(describeDate('2015-03/..')).toBe('from 2015-03');
    expect(describeDate('../2017')).toBe('until 2017');
  });

  it('places a range at its start, or at its end when the start is open', () => {
    expect(anchorMonth('2015-03/2017')).toBe('2015-03');
    expect(anchorMonth('../2017-06')).toBe('2017-06');
  });

  it('steps months from the earliest to the latest anchor, not from year 0 for an open start', () => {
    expect(
      monthSteps([
        { id: 'a', date: '../2017-02' },
        { id: 'b', date: '2017-01/..' },
      ]),
    ).toEqual(['2017-01', '2017-02']);
  });
});
