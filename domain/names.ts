// Name normalisation for search and linking: accents, Cyrillic, and the transliteration variants of Central Asian names.

const CYRILLIC: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  ғ: 'g',
  д: 'd',
  е: 'e',
  ё: 'yo',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  і: 'i',
  к: 'k',
  қ: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  ң: 'n',
  о: 'o',
  ө: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ұ: 'u',
  ү: 'u',
  ф: 'f',
  х: 'kh',
  һ: 'h',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  ә: 'a',
};

/** Lower case, Latin letters only: Cyrillic transliterated, accents removed. */
export function foldName(text: string): string {
  const lower = text.toLowerCase();
  let latin = '';
  for (const ch of lower) latin += CYRILLIC[ch] ?? ch;
  return latin.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
}

/**
 * A spelling-insensitive key of one word: the variants transliteration produces collapse to one form
 * (Yeleusinov/Eleusinov, Kushakbayev/Kushakbaev, Kharkova/Харькова).
 */
export function skeleton(word: string): string {
  return foldName(word)
    .replace(/[^a-z0-9]/g, '')
    .replace(/kh/g, 'h')
    .replace(/[yj]/g, '')
    .replace(/ts/g, 'c')
    .replace(/(.)\1+/g, '$1');
}

export function words(text: string): string[] {
  return foldName(text)
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
}

/** The text indexed for full-text search: every name with its skeleton words. */
export function searchTextFor(names: readonly string[]): string {
  const skeletons = new Set(names.flatMap((name) => words(name).map(skeleton)));
  return [...names, [...skeletons].join(' ')].join(' | ');
}

/** Levenshtein distance: insertions, deletions and substitutions of one character. */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}
