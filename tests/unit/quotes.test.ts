import { describe, expect, it } from 'vitest';
import { containsQuote, nearestPassage, quoteProblem } from '../../domain/quotes.js';

const TEXT = 'Workers’ leader Amin Yeleusinov said: “We will not stop” — and the court\u00ADroom fell silent.\nThe union was dissolved.';

describe('the quote check', () => {
  it('matches across curly and straight quotes, dashes, soft hyphens and spacing', () => {
    expect(containsQuote(TEXT, "Workers' leader Amin  Yeleusinov said")).toBe(true);
    expect(containsQuote(TEXT, '"We will not stop" - and the courtroom fell silent.')).toBe(true);
    expect(containsQuote(TEXT, 'silent. The union was dissolved.')).toBe(true);
  });

  it('does not match other words', () => {
    expect(containsQuote(TEXT, 'Amin Yeleusinov said: we will stop')).toBe(false);
  });

  it('names the nearest passage of the source when a quote is not found', () => {
    expect(nearestPassage(TEXT, 'the union was disbanded')).toBe('The union was dissolved');
    expect(quoteProblem(TEXT, 'Amin Yeleusinov declared')).toBe(
      'the quote "Amin Yeleusinov declared" is not in the source\'s text; the nearest passage is "Amin Yeleusinov said"',
    );
  });

  it('says so when no passage shares a word, and refuses quotes too short to prove anything', () => {
    expect(quoteProblem(TEXT, 'zebra crossing ahead')).toBe('the quote "zebra crossing ahead" is not in the source\'s text');
    expect(quoteProblem(TEXT, 'union')).toBe('the quote must be at least 8 characters');
    expect(quoteProblem(TEXT, 'The union was dissolved.')).toBeNull();
  });
});
