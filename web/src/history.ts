// Undo/redo of graph-editing steps: a generic, immutable past/present/future stack.

export interface History<T> {
  past: readonly T[];
  present: T;
  future: readonly T[];
}

export function startHistory<T>(initial: T): History<T> {
  return { past: [], present: initial, future: [] };
}

/** A step that changes nothing is not recorded, so undo never appears to do nothing. */
export function record<T>(h: History<T>, next: T, limit = 100): History<T> {
  if (JSON.stringify(next) === JSON.stringify(h.present)) return h;
  // slice(-0) would keep everything, so a non-positive limit is handled explicitly.
  const past = limit > 0 ? [...h.past, h.present].slice(-limit) : [];
  return { past, present: next, future: [] };
}

export function undo<T>(h: History<T>): History<T> {
  if (h.past.length === 0) return h;
  const previous = h.past[h.past.length - 1] as T;
  return { past: h.past.slice(0, -1), present: previous, future: [h.present, ...h.future] };
}

export function redo<T>(h: History<T>): History<T> {
  if (h.future.length === 0) return h;
  const [next, ...rest] = h.future as [T, ...T[]];
  return { past: [...h.past, h.present], present: next, future: rest };
}

export const canUndo = <T>(h: History<T>): boolean => h.past.length > 0;
export const canRedo = <T>(h: History<T>): boolean => h.future.length > 0;
