import { describe, expect, it } from 'vitest';
import { highlightQuote, type Segment } from '../../web/src/quote-highlight.js';

const joined = (segments: Segment[]): string => segments.map((s) => s.text).join('');
const highlighted = (segments: Segment[]): string[] => segments.filter((s) => s.highlighted).map((s) => s.text);

describe('highlighting a quote in its source', () => {
  it('highlights the quoted span and keeps the text around it', () => {
    const segments = highlightQuote('Before. The order was given. After.', 'The order was given.');
    expect(segments).toEqual([
      { text: 'Before. ', highlighted: false },
      { text: 'The order was given.', highlighted: true },
      { text: ' After.', highlighted: false },
    ]);
  });

  it('matches across different whitespace and preserves the source whitespace', () => {
    const source = 'He said:\n  the   camp\twas\r\nclosed in 2017.';
    const segments = highlightQuote(source, ' the camp was closed \n');
    expect(joined(segments)).toBe(source);
    expect(highlighted(segments)).toEqual(['the   camp\twas\r\nclosed']);
  });

  it('treats regex special characters in the quote literally', () => {
    const source = 'Fines (up to $500) were imposed [sic]. Fines up to 500 were not.';
    const segments = highlightQuote(source, 'Fines (up to $500) were imposed [sic].');
    expect(highlighted(segments)).toEqual(['Fines (up to $500) were imposed [sic].']);
    expect(joined(segments)).toBe(source);
    expect(highlighted(highlightQuote('a.c abc', 'a.c'))).toEqual(['a.c']);
  });

  it('matches curly quotes, including against straight ones in the source', () => {
    const source = 'The court’s “final” ruling. The court\'s "final" ruling.';
    const segments = highlightQuote(source, 'court’s “final”');
    expect(highlighted(segments)).toEqual(['court’s “final”', 'court\'s "final"']);
    expect(joined(segments)).toBe(source);
  });

  it('highlights every occurrence', () => {
    const segments = highlightQuote('no, no and\nno', 'no');
    expect(highlighted(segments)).toEqual(['no', 'no', 'no']);
    expect(joined(segments)).toBe('no, no and\nno');
  });

  it('returns the whole text unhighlighted when the quote is absent or blank', () => {
    expect(highlightQuote('Some text.', 'other text')).toEqual([{ text: 'Some text.', highlighted: false }]);
    expect(highlightQuote('Some text.', '  \n')).toEqual([{ text: 'Some text.', highlighted: false }]);
  });
});
