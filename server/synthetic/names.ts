// Names for a synthetic network, built from syllables so that search meets realistic selectivity: many distinct
// words, some common (sectors, "Court", "Union"), surnames sharing endings, and transliteration variants as aliases.
import type { Random } from './random.js';

const SYLLABLES = [
  'ka',
  'ra',
  'zan',
  'bek',
  'nur',
  'ai',
  'dar',
  'tem',
  'ir',
  'sul',
  'tan',
  'mur',
  'at',
  'bol',
  'at',
  'ye',
  'sen',
  'gul',
  'na',
  'ra',
  'khan',
  'as',
  'kar',
  'ol',
  'zhan',
  'ti',
  'mar',
  'lan',
  'er',
  'dos',
  'yer',
  'lik',
  'sai',
  'to',
  'ri',
  'vel',
  'min',
  'dor',
  'pa',
  'vo',
  'lu',
  'sha',
  'ke',
  'ni',
  'os',
  'ba',
  'qa',
  'um',
  'ro',
  'del',
];
const SURNAME_ENDINGS = ['ov', 'ova', 'ev', 'eva', 'bayev', 'bayeva', 'uly', 'kyzy', 'enko', 'in', 'ina', 'sky'];
const SECTORS = [
  'Oil',
  'Gas',
  'Mining',
  'Steel',
  'Railway',
  'Port',
  'Teachers',
  'Health',
  'Textile',
  'Transport',
  'Energy',
  'Construction',
  'Chemical',
  'Copper',
  'Coal',
  'Postal',
  'Food',
  'Agricultural',
  'Aviation',
  'Shipyard',
  'Metal',
  'Water',
  'Forestry',
  'Fishing',
  'Bus',
  'Hospital',
  'Cement',
  'Electric',
  'Printing',
  'Tobacco',
];
const COMPANY_FORMS = ['Ltd', 'JSC', 'LLP', 'Group', 'Holding', 'Trading', 'Services', 'Industries', 'Resources'];
const MINISTRIES = ['Labour', 'Justice', 'Interior', 'Energy', 'Industry', 'Social Protection', 'Information', 'Finance'];
const NGO_WORDS = ['Rights', 'Solidarity', 'Justice', 'Labour Watch', 'Freedom', 'Workers Aid', 'Defence Fund'];
const MEDIA_WORDS = ['Times', 'Herald', 'Courier', 'Voice', 'Daily', 'Observer', 'Radio', 'Post'];

export function syllableWord(random: Random, min: number, max: number): string {
  const count = min + random.int(max - min + 1);
  let word = '';
  for (let i = 0; i < count; i++) word += random.pick(SYLLABLES);
  return word.charAt(0).toUpperCase() + word.slice(1);
}

export const names = {
  person: (r: Random) => `${syllableWord(r, 2, 3)} ${syllableWord(r, 2, 3)}${r.pick(SURNAME_ENDINGS)}`,
  place: (r: Random) => syllableWord(r, 2, 4),
  union: (r: Random, place: string) => `${r.chance(0.5) ? place + ' ' : ''}${syllableWord(r, 2, 3)} ${r.pick(SECTORS)} Workers’ Union`,
  federation: (r: Random, place: string) =>
    `${r.chance(0.5) ? 'Confederation' : 'Federation'} of ${syllableWord(r, 2, 3)} Trade Unions of ${place}`,
  company: (r: Random) => `${syllableWord(r, 2, 3)}${r.pick(SECTORS).toLowerCase().slice(0, 3)} ${r.pick(COMPANY_FORMS)}`,
  court: (r: Random, place: string) => `${place} ${r.chance(0.7) ? 'City' : 'Regional'} Court No. ${1 + r.int(9)}`,
  government: (r: Random, place: string) => `Ministry of ${r.pick(MINISTRIES)} of ${place}`,
  ngo: (r: Random) => `${syllableWord(r, 2, 3)} ${r.pick(NGO_WORDS)}`,
  international: (r: Random) => `International ${r.pick(SECTORS)} Organisation of ${syllableWord(r, 2, 3)}`,
  media: (r: Random) => `${syllableWord(r, 2, 3)} ${r.pick(MEDIA_WORDS)}`,
  convention: (r: Random, n: number) =>
    `Convention No. ${n} on ${r.pick(['Freedom of Association', 'Collective Bargaining', 'Forced Labour', 'Labour Inspection', 'Workers’ Representatives'])}`,
  law: (r: Random, place: string) =>
    `Law on ${r.pick(['Trade Unions', 'Public Associations', 'Peaceful Assembly', 'Strikes', 'Labour', 'Extremism'])} of ${place} (${1990 + r.int(35)})`,
  article: (r: Random) =>
    `Article ${100 + r.int(350)} of the Criminal Code (${r.pick(['inciting discord', 'misappropriation', 'calling for an illegal strike', 'abuse of office', 'hooliganism'])})`,
};

/** Another common spelling of a name: the variants transliteration produces (y/i, kh/h, ou/u, a doubled letter). */
export function transliterationVariant(name: string): string | null {
  const swaps: [RegExp, string][] = [
    [/kh/, 'h'],
    [/y/, 'i'],
    [/zh/, 'j'],
    [/ay/, 'ai'],
    [/ov\b/, 'off'],
  ];
  for (const [from, to] of swaps) if (from.test(name)) return name.replace(from, to);
  return null;
}

/** The capitals of a name's longer words: "Federation of Karazan Trade Unions of Tem" → "FKTUT". */
export function acronymOf(name: string): string {
  return name
    .split(/\s+/)
    .filter((w) => w.length > 3 && /^[A-Z]/.test(w))
    .map((w) => w.charAt(0))
    .join('');
}

export function slug(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}
