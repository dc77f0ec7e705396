// Text shaping shared by the three formats: one tidy form of white space and line ends, lines that were only wrapped
// joined again, a word broken at a line end made whole.

/** NFC, \n line ends, no control characters, soft hyphens or trailing spaces, at most one blank line in a row. */
export function tidy(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/\p{Cc}/gu, (c) => (c === '\n' || c === '\t' ? c : c === '\f' ? '\n\n' : ''))
    .replace(/\u00ad/g, '')
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * Lines joined by a space; a word broken at the line end ("organi-" + "sation") is joined again. `dropHyphen` says
 * whether that hyphen goes (typesetting hyphenates words) or stays (editors wrap at spaces, so it is a real one).
 */
export function joinLines(lines: readonly string[], dropHyphen: (word: string) => boolean): string {
  // Parts, joined once at the end: a long paragraph built with += and then sliced is copied again for every line.
  const parts: string[] = [];
  for (const line of lines) {
    const previous = parts.at(-1);
    if (previous === undefined) parts.push(line);
    else if (/\p{L}-$/u.test(previous) && /^\p{Ll}/u.test(line)) {
      const word = `${/\p{L}+-$/u.exec(previous)?.[0] ?? ''}${/^\p{L}+/u.exec(line)?.[0] ?? ''}`;
      if (dropHyphen(word)) parts[parts.length - 1] = previous.slice(0, -1);
      parts.push(line);
    } else parts.push(' ', line);
  }
  return parts.join('');
}

const LIST_ITEM = /^(?:[-*•·–—]|\d{1,3}[.)]|[a-z][.)]|\(\w{1,3}\))\s/;

/**
 * A line break inside a block is a wrap when the block looks hard-wrapped (its longest line between 40 and 120
 * characters), the line before reaches most of that width, and the next line does not start a list item.
 * Short-lined blocks (addresses, headings, verse) and one-paragraph-per-line files keep their line breaks.
 */
export function plainTextParagraphs(source: string): string {
  const blocks = tidy(source).split(/\n\n/);
  const unwrapped = blocks.map((block) => {
    const lines = block.split('\n').map((line) => line.trim());
    const width = lines.reduce((widest, line) => Math.max(widest, line.length), 0);
    if (lines.length < 2 || width < 40 || width > 120) return lines.join('\n');
    const out: string[][] = [];
    lines.forEach((line, i) => {
      const previous = lines[i - 1];
      const wrapped = previous !== undefined && previous.length >= 0.6 * width && !LIST_ITEM.test(line);
      const current = out.at(-1);
      if (wrapped && current) current.push(line);
      else out.push([line]);
    });
    return out.map((group) => joinLines(group, () => false)).join('\n');
  });
  return tidy(unwrapped.join('\n\n'));
}
