import { describe, expect, it } from 'vitest';
import { hasErrorsKey, outcomeOf } from '../../bench/prove/target.js';

describe("the proof's reading of GraphQL answers", () => {
  it('finds a top-level errors key, and not the word inside a string value', () => {
    const clean = JSON.stringify({ data: { export: '<data key="errors">{"errors":[]},"errors":1</data>' } });
    expect(hasErrorsKey(clean)).toBe(false);
    expect(hasErrorsKey(JSON.stringify({ errors: [{ message: 'x' }], data: null }))).toBe(true);
    expect(hasErrorsKey(JSON.stringify({ data: { export: 'ends with a backslash \\' }, errors: [{ message: 'x' }] }))).toBe(true);
  });

  it('tells an answer from a clean refusal and from a defect', () => {
    const at = { at: 0, ms: 1 };
    expect(outcomeOf({ status: 200, data: { a: 1 }, ...at })).toBe('ok');
    expect(outcomeOf({ status: 200, errors: [{ message: 'no', extensions: { code: 'BAD_USER_INPUT' } }], ...at })).toBe('refused');
    expect(outcomeOf({ status: 200, errors: [{ message: 'Unexpected error.' }], ...at })).toBe('unexpected');
    expect(outcomeOf({ status: 0, networkError: 'refused', ...at })).toBe('network');
  });
});
