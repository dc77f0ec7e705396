import { describe, expect, it } from 'vitest';
import { canRedo, canUndo, record, redo, startHistory, undo } from '../../web/src/history.js';

describe('undo/redo history', () => {
  it('starts with nothing to undo or redo', () => {
    const h = startHistory('a');
    expect(h).toEqual({ past: [], present: 'a', future: [] });
    expect(canUndo(h)).toBe(false);
    expect(canRedo(h)).toBe(false);
    expect(undo(h)).toBe(h);
    expect(redo(h)).toBe(h);
  });

  it('undoes and redoes steps in order', () => {
    const h = record(record(startHistory(1), 2), 3);
    const back = undo(undo(h));
    expect(back.present).toBe(1);
    expect(canRedo(back)).toBe(true);
    expect(redo(back).present).toBe(2);
    expect(redo(redo(back))).toEqual(h);
  });

  it('clears the redo stack when a new step is recorded', () => {
    const h = record(undo(record(startHistory('a'), 'b')), 'c');
    expect(h).toEqual({ past: ['a'], present: 'c', future: [] });
    expect(canRedo(h)).toBe(false);
  });

  it('ignores a step deep-equal to the present', () => {
    const h = startHistory({ roots: ['person/a'] });
    expect(record(h, { roots: ['person/a'] })).toBe(h);
  });

  it('keeps at most `limit` past steps, dropping the oldest', () => {
    let h = startHistory(0);
    for (let i = 1; i <= 10; i++) h = record(h, i, 3);
    expect(h.past).toEqual([7, 8, 9]);
    expect(h.present).toBe(10);
  });

  it('keeps 100 past steps by default', () => {
    let h = startHistory(0);
    for (let i = 1; i <= 150; i++) h = record(h, i);
    expect(h.past).toHaveLength(100);
    expect(h.past[0]).toBe(50);
  });

  it('never mutates the history it is given', () => {
    const h = record(startHistory([1]), [2]);
    const snapshot = JSON.stringify(h);
    record(h, [3]);
    undo(h);
    redo(undo(h));
    expect(JSON.stringify(h)).toBe(snapshot);
  });
});
