import { describe, expect, it } from 'vitest';
import { containsQuote, nearestPassage, quoteProblem, quoteWordCount } from '../../domain/quotes.js';

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
    const tooShort = 'the quote must have at least 2 words and 12 characters, enough to identify a passage';
    expect(quoteProblem(TEXT, 'union')).toBe(tooShort);
    // One long word is still one word: it would match wherever the word stands.
    expect(quoteProblem(TEXT, 'Yeleusinov')).toBe(tooShort);
    expect(quoteProblem(TEXT, 'union was')).toBe(tooShort);
    expect(quoteProblem(TEXT, 'Amin Yeleusinov')).toBeNull();
    expect(quoteProblem(TEXT, 'The union was dissolved.')).toBeNull();
  });

  it('refuses a quote with a character no text may hold, saying which and where', () => {
    expect(quoteProblem(TEXT, 'The union\u0000 was dissolved.')).toBe(
      'the quote must not contain U+0000 NUL (a control character), found at offset 9',
    );
    expect(quoteProblem(TEXT, 'The union \u202Ewas dissolved.')).toContain('U+202E RIGHT-TO-LEFT OVERRIDE');
  });

  it('counts each character of a script written without spaces as a word', () => {
    expect(quoteWordCount('工会被解散了')).toBe(6);
    expect(quoteWordCount('The union was dissolved.')).toBe(4);
  });
});
