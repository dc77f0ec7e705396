// The hostile-input corpus: values an attacker (or a careless client) sends where the API expects a word, a name, an
// id, a date, a number or a list. bench/prove/hostile-driver.ts sends each to every argument and input field of every
// query and mutation; the test suite sends a sample (hostileSample), `npm run prove` all of them.
// None is a real id or name of the seed: the corpus never touches data it did not make.

export type HostileCategory =
  | 'prototype'
  | 'control'
  | 'bidi'
  | 'surrogate'
  | 'invisible'
  | 'long'
  | 'cypher'
  | 'lucene'
  | 'graphql'
  | 'markup'
  | 'csv'
  | 'path'
  | 'confusable'
  | 'numeric-text'
  | 'number'
  | 'literal'
  | 'structure'
  | 'template'
  | 'id'
  | 'date'
  | 'url'
  | 'base64'
  | 'script'
  | 'plain';

export interface HostileValue {
  category: HostileCategory;
  /** Short and printable, for reports. */
  label: string;
  value: unknown;
  /** Megabytes, or thousands of items: only in the full corpus. */
  heavy?: boolean;
}

/** A value sent as this JSON text: nesting 20,000 deep, which JSON.stringify itself cannot write. */
export class RawJson {
  constructor(readonly json: string) {}
}

const hex = (code: number) => `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
const nested = (depth: number, inner: unknown, wrap: (x: unknown) => unknown): unknown => {
  let value = inner;
  for (let i = 0; i < depth; i++) value = wrap(value);
  return value;
};
const deep = (depth: number, open: string, inner: string, close: string) => new RawJson(open.repeat(depth) + inner + close.repeat(depth));
const base64 = (bytes: string) => Buffer.from(bytes, 'latin1').toString('base64');

function strings(category: HostileCategory, values: readonly string[]): HostileValue[] {
  return values.map((value) => ({ category, label: JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}…` : value), value }));
}

const PROTOTYPE = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toLocaleString',
  '__defineGetter__',
  '__defineSetter__',
  '__lookupGetter__',
  '__lookupSetter__',
  'Constructor',
  'CONSTRUCTOR',
  '__PROTO__',
  'person/__proto__',
  'person/constructor',
  'constructor/x',
  'rel/__proto__',
  '__proto__.polluted',
  'constructor.prototype',
  'SUBKIND:constructor/__proto__',
];

/** Every C0 and C1 control inside a name, the telling ones first (a sample takes the first few). */
function controls(): HostileValue[] {
  const first = [0x00, 0x1b, 0x0a, 0x09, 0x0d, 0x7f, 0x85, 0x9b, 0x0c, 0x08];
  const rest = Array.from({ length: 0xa0 }, (_, code) => code).filter((code) => (code < 0x20 || code >= 0x7f) && !first.includes(code));
  const values: HostileValue[] = [...first, ...rest].map((code) => ({
    category: 'control',
    label: `${hex(code)} inside`,
    value: `Zor${String.fromCharCode(code)}bek`,
  }));
  values.push(
    { category: 'control', label: 'NUL first', value: '\u0000Zorbek' },
    { category: 'control', label: 'NUL last', value: 'Zorbek\u0000' },
    { category: 'control', label: 'NUL alone', value: '\u0000' },
    { category: 'control', label: '100 NULs', value: '\u0000'.repeat(100) },
    { category: 'control', label: 'ANSI colour', value: '\u001b[31mred\u001b[0m text' },
    { category: 'control', label: 'terminal title', value: '\u001b]0;owned\u0007' },
    { category: 'control', label: 'backspaces', value: 'admin\b\b\b\b\buser' },
  );
  return values;
}

const BIDI = [0x202e, 0x2067, 0x200f, 0x061c, 0x202d, 0x202a, 0x202b, 0x202c, 0x200e, 0x2066, 0x2068, 0x2069];
function bidi(): HostileValue[] {
  return BIDI.flatMap((code) => {
    const c = String.fromCharCode(code);
    return [
      { category: 'bidi' as const, label: `${hex(code)} inside`, value: `Zorbek ${c}Hostilov` },
      { category: 'bidi' as const, label: `${hex(code)} file-name spoof`, value: `report${c}fdp.exe` },
    ];
  });
}

const SURROGATES = [
  'Zorbek\uD83D',
  '\uDE00Zorbek',
  'Zor\uDE00\uD83Dbek',
  '\uD800\uD800',
  '\uD800',
  '\uDFFF',
  'a\uDBFFb',
  '\uFFFE',
  '\uFFFF',
  'x\uFFFEy',
];

const INVISIBLE = [
  '',
  ' ',
  '   ',
  '\t',
  '\n',
  '\r\n',
  '\u00A0',
  '\u3000',
  '\u2028',
  '\u2029',
  '\u200B',
  '\u200D',
  '\uFEFF',
  '\u00AD',
  '\u2060',
  '\u180E',
  ' padded ',
  '\tpadded',
  'trailing newline\n',
  '\u200B\u200B\u200B\u200B\u200B\u200B\u200B\u200B\u200B\u200B\u200B\u200B\u200B',
  // Every other space of Unicode, alone: blank to a reader, not empty to a length check.
  ...Array.from({ length: 11 }, (_, k) => String.fromCharCode(0x2000 + k)),
  '\u205F',
  '\u1680',
  '\u3164',
  '\u2800',
  '\u034F',
  '\uFE0F',
];

function long(): HostileValue[] {
  const sized = (label: string, value: string, heavy = false): HostileValue => ({ category: 'long', label, value, heavy });
  return [
    sized('81 letters', 'a'.repeat(81)),
    sized('201 letters', 'a'.repeat(201)),
    sized('301 letters', 'a'.repeat(301)),
    sized('2,001 letters', 'a'.repeat(2_001)),
    sized('10,001 letters', 'a'.repeat(10_001)),
    sized('2,000 words', 'word '.repeat(2_000)),
    sized('1,001 emoji', '😀'.repeat(1_001)),
    sized('3,000 composed accents', 'e\u0301'.repeat(3_000)),
    sized('10,000 line breaks', '\n'.repeat(10_000)),
    sized('10,000 spaces', ' '.repeat(10_000)),
    sized('100,001 letters', 'a'.repeat(100_001), true),
    sized('100,000 lines', 'ab\n'.repeat(100_000), true),
    sized('2,000,001 letters', 'a'.repeat(2_000_001), true),
    sized('3,000,000 words', 'word '.repeat(600_000), true),
    sized('17,000,000 letters', 'A'.repeat(17_000_000), true),
  ];
}

const CYPHER = [
  "' OR 1=1 //",
  '" OR 1=1 //',
  "') MATCH (n) DETACH DELETE n //",
  '"}) MATCH (n) DETACH DELETE n //',
  '`) MATCH (n) DETACH DELETE n //',
  'x` MATCH (n) RETURN n //',
  '$id',
  '${id}',
  '{id}',
  'MATCH (n) RETURN n',
  'MATCH (n) DETACH DELETE n',
  'CALL db.labels()',
  'CALL dbms.components() YIELD name RETURN name',
  "CALL apoc.load.json('file:///etc/passwd')",
  "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line",
  '1 UNION MATCH (n) RETURN n',
  "\\' OR \\'1\\'=\\'1",
  "person/x' OR '1'='1",
  'x"}) SET n.role = "admin" //',
  'WITH 1 AS x CALL { MATCH (n) DETACH DELETE n } RETURN x',
  '\\u0027 OR 1=1',
  ':param id => "x"',
  'RETURN 1; MATCH (n) DETACH DELETE n',
  "'; DROP TABLE entities; --",
  "admin'--",
  '{"$gt": ""}',
  '$where: 1',
  "'||'1'='1",
  '" OR ""="',
  'x\\") RETURN 1 //',
  '%27%20OR%201=1',
  "'\u0000 OR 1=1",
  'CREATE (n:ApiToken {role: "admin"})',
  'MATCH (t:ApiToken) RETURN t.hash',
  'http://169.254.169.254/latest/meta-data/',
];

const LUCENE = [
  '*',
  '?',
  '~',
  '*:*',
  'name:*',
  'a AND b',
  'a OR b',
  'NOT a',
  'a~100',
  'a^100',
  '"unterminated',
  '[a TO z]',
  '{a TO z}',
  '/.*/',
  '\\',
  '(',
  ')',
  '&&',
  '||',
  '!',
  '+a -b',
  'a:b:c',
  '"a b"~10',
  'a*b?c',
  'searchText:(a OR b)',
  `${'z'.repeat(150)}~2`,
  'a '.repeat(99),
  'AND OR NOT TO',
];

const GRAPHQL = [
  '{ __schema { types { name } } }',
  'query { entity(id: "person/x") { id } }',
  'mutation { deleteEntity(id: "person/x") }',
  '"""',
  '$input',
  '@include(if: true)',
  '... on Entity { id }',
  '# comment',
  '}}}}}}}}',
  '{{{{{{{{',
];

const MARKUP = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  'javascript:alert(1)',
  '<!--',
  ']]>',
  '<![CDATA[x]]>',
  '&amp;&lt;&#0;',
  '&#x202E;',
  '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>',
  '<a href="javascript:alert(1)">x</a>',
  '<style>*{display:none}</style>',
  '<iframe src=//example.org>',
  "'-alert(1)-'",
  '{{constructor.constructor("alert(1)")()}}',
];

const CSV = [
  '=1+2',
  "=cmd|' /C calc'!A0",
  '+1+2',
  '-1+2',
  '@SUM(A1)',
  '＝1+2',
  '＋1+2',
  '－1+2',
  '＠SUM(A1)',
  ' =1+2',
  '\t=1+2',
  '\r=1+2',
  '=HYPERLINK("http://example.org","x")',
  '"=1+2"',
  ';=1+2',
];

const PATHS = [
  '../../etc/passwd',
  '..\\..\\windows\\win.ini',
  '/etc/passwd',
  'C:\\Windows\\system.ini',
  '\\\\server\\share',
  'file:///etc/passwd',
  '%2e%2e%2f%2e%2e%2f',
  '....//....//',
  'person/../../../etc/passwd',
  '..',
  '.',
  '/',
  '~/.ssh/id_rsa',
  'seed/cases/../../.env',
  '/dev/zero',
  '/proc/self/environ',
  'CON',
  'aux.txt',
];

const CONFUSABLE = [
  'p\u0435rson',
  'ｐｅｒｓｏｎ',
  'PERSON',
  'Person',
  ' person',
  'person ',
  'per\u00ADson',
  'per\u200Bson',
  'person\u0301',
  '\u0415VENT',
  'LE\u0410DS',
  'LEADS ',
  'leads',
  'ＬＥＡＤＳ',
  'defend\u0430nt',
  'person/\u0430min',
  'ᴘᴇʀsᴏɴ',
  '𝐩𝐞𝐫𝐬𝐨𝐧',
  'İstanbul',
  'prison\u00A0term',
  'prison term ',
];

const NUMERIC_TEXT = [
  'NaN',
  'Infinity',
  '-Infinity',
  '1e308',
  '1e309',
  '-0',
  '0x10',
  '0b1',
  '9007199254740993',
  '-9007199254740993',
  '2147483648',
  'null',
  'undefined',
  'true',
  '[]',
  '{}',
  '١٢٣',
  '１２３',
  '0',
  ' 1',
  '1_000',
  '1,000',
  '+1',
  '00001',
  '1e-7',
  '1/0',
  'Number.MAX_VALUE',
  '٣',
];

const NUMBERS: readonly number[] = [
  0,
  -1,
  1,
  -0,
  1.5,
  0.1,
  100,
  1_000,
  10_001,
  2_147_483_647,
  2_147_483_648,
  -2_147_483_648,
  -2_147_483_649,
  Number.MAX_SAFE_INTEGER,
  Number.MAX_SAFE_INTEGER + 2,
  1e21,
  1e308,
  -1e308,
  1e-308,
  5e-324,
];

function structures(): HostileValue[] {
  const value = (label: string, v: unknown, heavy = false): HostileValue => ({ category: 'structure', label, value: v, heavy });
  return [
    value('[]', []),
    value('[null]', [null]),
    value('[""]', ['']),
    value('["person"]', ['person']),
    value('["__proto__"]', ['__proto__']),
    value('[1]', [1]),
    value('[[]]', [[]]),
    value('{}', {}),
    value('{"a":1}', { a: 1 }),
    value('own __proto__ key', JSON.parse('{"__proto__": {"polluted": true}}')),
    value('constructor.prototype', { constructor: { prototype: { polluted: true } } }),
    value('101 items', Array(101).fill('person')),
    value('1,001 items', Array(1_001).fill('x')),
    value(
      'lists 32 deep',
      nested(32, 'a', (x) => [x]),
    ),
    value(
      'objects 32 deep',
      nested(32, 1, (x) => ({ a: x })),
    ),
    value('a citation where a string goes', { sourceId: 'x', quote: 'y' }),
    value('[{}]', [{}]),
    value('mixed list', ['a', 1, null, {}, []]),
    value('100,001 items', Array(100_001).fill('x'), true),
    value('lists 20,000 deep', deep(20_000, '[', '"a"', ']'), true),
    value('objects 20,000 deep', deep(20_000, '{"a":', '1', '}'), true),
  ];
}

const TEMPLATE = [
  '%s%s%s%s%n',
  '%x%x%x',
  '{0}',
  '${7*7}',
  '#{7*7}',
  '{{7*7}}',
  '<%= 7*7 %>',
  'line one\nINFO fake log line',
  '\r\nSet-Cookie: session=x',
  'Zorbek\r\nX-Injected: yes',
];

const IDS = [
  'person/x',
  'person/zzz-not-there',
  'rel/x',
  'claim/x',
  'merge/x',
  'proposal/x/1',
  'report-x',
  'x',
  'A',
  'person//x',
  '/person/x',
  'person/x/',
  'person/x/y/z',
  `person/${'x'.repeat(200)}`,
  'person/x%00',
  'person/x%2F..',
  'person/X',
  'person/x\\y',
  'person/x;DROP',
  'PERSON/X',
  'person/x.y~z',
  'person/-x',
  'person/_x',
  '0/0',
  'merge/00000000-0000-0000-0000-000000000000',
  'ROLE:witness',
  'KIND:person',
  'ATTRIBUTE:prison term',
];

const DATES = [
  '2017',
  '2017-13',
  '2017-02-30',
  '0000',
  '9999-12-31',
  '10000',
  '-2017',
  '+2017',
  '2017/2015',
  '../..',
  '..',
  '2015/..',
  '2017-1-1',
  '１９９９',
  '2017T00:00',
  '2017-01-01T00:00:00Z',
  'yesterday',
  '2017/',
  '/2017',
  '2017/2018/2019',
];

const URLS = [
  'http://',
  'https://example.org/',
  'data:text/html,<script>alert(1)</script>',
  'ftp://example.org/x',
  'http://127.0.0.1:7474/',
  'http://[::1]/',
  'http://a b',
  `https://example.org/${'a'.repeat(3_000)}`,
  'HTTP://EXAMPLE.ORG',
  '//example.org',
  'http://user:pass@example.org/',
];

function base64Values(): HostileValue[] {
  return [
    ...strings('base64', ['!!!!', '====', 'AAAA', 'QUJD\nREVG', ' QUJD REVG ']),
    { category: 'base64', label: 'a PDF header only', value: base64('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n') },
    { category: 'base64', label: 'a ZIP header', value: base64('PK\x03\x04\x14\x00\x00\x00') },
    { category: 'base64', label: 'an ELF header', value: base64('\x7fELF\x02\x01\x01') },
    { category: 'base64', label: '1,000 NULs', value: base64('\x00'.repeat(1_000)) },
    { category: 'base64', label: 'UTF-16 text with a BOM', value: base64('\xff\xfeH\x00i\x00') },
    { category: 'base64', label: 'controls as text', value: base64('Zorbek\x00\x1b[31m\u202e') },
    { category: 'base64', label: '16,777,217 characters', value: 'A'.repeat(16 * 1024 * 1024 + 1), heavy: true },
  ];
}

const SCRIPTS = [
  'Ларису Харькову',
  'لاريسا خاركوفا',
  'עברית',
  '中文名字',
  '👨‍👩‍👧‍👦',
  'Z̷̡̛a̴͓l̸̰g̶̣o̵͎',
  'e\u0301',
  'ﬁ',
  'Ⅻ',
  '\u{10FFFD}',
  '\u{1F600}',
  'ᚠᛇᚻ',
  'ǅ',
  '𓀀',
  'Zorbek\u200DHostilov',
  'Zorb\u0435k',
  'Hostilov, Z.',
  "O'Brien-Hostilov",
  'a',
  'Hostiland',
  'Zorbek\u{E0001}\u{E0068}',
  'Zorbek\uFE0F',
  'Zor\u034Fbek',
  'ﷺ',
  'ꦲ꧀ꦠ',
  '𝕫𝕠𝕣𝕓𝕖𝕜',
];

// Values that are valid somewhere (a kind, a type, an enum's name, a plain name): they let requests through to the
// resolvers and the database, where the odd combinations are.
const PLAIN = [
  'person',
  'organisation',
  'event',
  'trade-union',
  'LEADS',
  'AFFILIATED_WITH',
  'defendant',
  'prison term',
  '2 years',
  'Zorbek Hostilov',
  'A short neutral description.',
  'GRAPHML',
  'CSV_EDGES',
  'BETWEENNESS',
  'SAME',
  'ROLE',
  'PENDING',
  'text/html',
  'report.pdf',
  '#ff0000',
  'star',
  'https://example.org/report',
];

/** Every value of the corpus, grouped by category in a fixed order. */
export const HOSTILE_VALUES: readonly HostileValue[] = [
  ...strings('prototype', PROTOTYPE),
  ...controls(),
  ...bidi(),
  ...strings('surrogate', SURROGATES),
  ...strings('invisible', INVISIBLE),
  ...long(),
  ...strings('cypher', CYPHER),
  ...strings('lucene', LUCENE),
  ...strings('graphql', GRAPHQL),
  ...strings('markup', MARKUP),
  ...strings('csv', CSV),
  ...strings('path', PATHS),
  ...strings('confusable', CONFUSABLE),
  ...strings('numeric-text', NUMERIC_TEXT),
  ...NUMBERS.map((value): HostileValue => ({ category: 'number', label: Object.is(value, -0) ? '-0' : String(value), value })),
  { category: 'literal', label: 'true', value: true },
  { category: 'literal', label: 'false', value: false },
  { category: 'literal', label: 'null', value: null },
  ...structures(),
  ...strings('template', TEMPLATE),
  ...strings('id', IDS),
  ...strings('date', DATES),
  ...strings('url', URLS),
  ...base64Values(),
  ...strings('script', SCRIPTS),
  ...strings('plain', PLAIN),
];

/**
 * `size` values taken from every category in turn (the first of each, then the second…), light ones only unless
 * `size` covers the whole corpus: a reduced run still meets every kind of hostility.
 */
export function hostileSample(size: number): HostileValue[] {
  if (size >= HOSTILE_VALUES.length) return [...HOSTILE_VALUES];
  const byCategory = new Map<HostileCategory, HostileValue[]>();
  for (const value of HOSTILE_VALUES.filter((v) => !v.heavy))
    byCategory.set(value.category, [...(byCategory.get(value.category) ?? []), value]);
  const sample: HostileValue[] = [];
  for (let round = 0; sample.length < size; round++) {
    let added = false;
    for (const values of byCategory.values()) {
      const value = values[round];
      if (value && sample.length < size) {
        sample.push(value);
        added = true;
      }
    }
    if (!added) break;
  }
  return sample;
}
