import { describe, expect, it } from 'vitest';
import {
  FIELD_RULES,
  ID_SHAPE,
  fieldProblem,
  forbiddenCharacter,
  ownEntry,
  truncateText,
  withoutForbiddenCharacters,
} from '../../domain/input-rules.js';
import { quoteShapeProblem } from '../../domain/quotes.js';
import { fromTerms, isMultiValued, kindProblems, linkWordProblems, newTerm, toTerms, type Vocabulary } from '../../domain/vocabulary.js';
import { textCoordinates } from '../../server/schema/argument-guard.js';
import { ARGUMENT_KINDS } from '../../server/schema/argument-kinds.js';
import { buildSchema } from '../../server/schema/index.js';
import { seedDir } from '../../server/paths.js';
import { readDataset } from '../../server/seed/read-dataset.js';

const PROTOTYPE_NAMES = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf', '__defineGetter__'];

const vocabulary: Vocabulary = fromTerms(
  toTerms(
    {
      kinds: { person: { description: 'A person.', color: '#000000', shape: 'ellipse', subkinds: {} } },
      relationships: { LEADS: 'Leads.' },
      roles: { defendant: 'Tried.' },
      attributes: { 'prison term': { description: 'Years.', multiValued: false } },
    },
    'test',
  ),
);

describe('vocabulary lookups', () => {
  it.each(PROTOTYPE_NAMES)('never take the prototype name %s for a word', (name) => {
    expect(kindProblems(vocabulary, name, null)).toEqual([`kind "${name}" is not one of: person`]);
    expect(kindProblems(vocabulary, 'person', name)).toEqual([`subkind "${name}" is not one of person's: (none)`]);
    expect(linkWordProblems(vocabulary, name, name)).toHaveLength(2);
    expect(isMultiValued(vocabulary, name)).toBe(false);
    expect(ownEntry(vocabulary.kinds, name)).toBeUndefined();
    const subkind = newTerm(vocabulary, { group: 'SUBKIND', name: 'court', description: 'A court.', kind: name }, 'test');
    expect(subkind.problems).toContain('a subkind needs the kind it belongs to, one of: person');
  });
});

describe('field rules', () => {
  it('caps every kind of field, naming the field, the cap and the length', () => {
    expect(fieldProblem('input.description', 'x'.repeat(2_001), 'text')).toBe(
      'input.description must be at most 2,000 characters, got 2,001',
    );
    expect(fieldProblem('input.name', 'x'.repeat(300), 'name')).toBeNull();
    expect(fieldProblem('text', 'x'.repeat(201), 'search')).toContain('at most 200 characters');
    expect(fieldProblem('input.text', 'x'.repeat(2_000_001), 'document')).toContain('at most 2,000,000 characters');
    for (const rule of Object.values(FIELD_RULES)) expect(rule.max).toBeGreaterThan(0);
  });

  it.each([
    ['NUL', 'Larisa\u0000Kharkova', 'U+0000 NUL (a control character), found at offset 6'],
    ['an escape', '\u001b[31mred', 'U+001B ESCAPE (a control character), found at offset 0'],
    ['a C1 control', 'a\u0085b', 'U+0085 control character (a control character), found at offset 1'],
    ['a right-to-left override', 'abc\u202Etxt.exe', 'U+202E RIGHT-TO-LEFT OVERRIDE (a bidirectional control), found at offset 3'],
    ['an isolate', '\u2067x', 'U+2067 RIGHT-TO-LEFT ISOLATE (a bidirectional control), found at offset 0'],
    ['a right-to-left mark', 'x\u200F', 'U+200F RIGHT-TO-LEFT MARK (a bidirectional control), found at offset 1'],
    ['an Arabic letter mark', '\u061C', 'U+061C ARABIC LETTER MARK (a bidirectional control), found at offset 0'],
    ['a lone high surrogate', 'ab\uD83D', 'U+D83D unpaired surrogate (half of a character), found at offset 2'],
    ['a lone low surrogate', '\uDE00ab', 'U+DE00 unpaired surrogate (half of a character), found at offset 0'],
    ['a noncharacter', 'a\uFFFE', 'U+FFFE noncharacter (not a character), found at offset 1'],
    ['a line break in a name', 'Larisa\nKharkova', 'U+000A LINE FEED (allowed only in multi-line texts), found at offset 6'],
  ])('refuses %s, saying which character and where', (_, value, said) => {
    expect(fieldProblem('input.name', value, 'name')).toBe(`input.name must not contain ${said}`);
  });

  it('lets multi-line texts hold tabs and line breaks, and every script, emoji and joiner', () => {
    expect(fieldProblem('input.description', 'One.\r\n\tTwo.', 'text')).toBeNull();
    for (const text of ['Ларису Харькову', 'لاريسا خاركوفا', 'לריסה', '工会', '👩🏽‍⚖️ judge', 'e\u0301', 'zero\u200Bwidth', 'a\u2028b'])
      expect(forbiddenCharacter(text, false)).toBeNull();
  });

  it('takes forbidden characters out of text read from a file, and cuts text without splitting a character', () => {
    expect(withoutForbiddenCharacters('Page\f1\u202E\u0000 text\n', true)).toBe('Page1 text\n');
    expect(withoutForbiddenCharacters('A\ttitle\n', false)).toBe('A title ');
    expect(truncateText('ab😀', 3)).toBe('ab');
    expect(truncateText('ab😀', 4)).toBe('ab😀');
  });
});

describe('ids', () => {
  it.each([
    'person/larisa-kharkova',
    '000_760c9d7c1e926fee',
    'report-0123456789abcdef',
    'rel/adoption-2014-concerns-law',
    'claim/3f1c2b9e-8a77-4a57-b3a1-0d9f2a1c4e55',
    'merge/3f1c2b9e-8a77-4a57-b3a1-0d9f2a1c4e55',
    'proposal/report-0123456789abcdef/12',
    'kazakhstan-trade-unions',
  ])('accepts the id %s', (id) => expect(fieldProblem('id', id, 'id')).toBeNull());

  it.each([
    ['', 'empty'],
    [' person/x', 'padded'],
    ['person/x ', 'padded'],
    ['person//x', 'an empty segment'],
    ['/person/x', 'a leading slash'],
    ['person/x/', 'a trailing slash'],
    ['person/../../etc/passwd', 'a dot segment'],
    ['person/x y', 'a space'],
    ['person/амин', 'letters outside ASCII'],
    ['person/x\u202E', 'an override'],
    [`person/${'x'.repeat(200)}`, 'too long'],
  ])('refuses the id %j (%s)', (id) => expect(fieldProblem('id', id, 'id')).not.toBeNull());

  it('lets the audit log be asked about a vocabulary word by its key', () => {
    expect(fieldProblem('targetId', 'ATTRIBUTE:prison term', 'idOrTermKey')).toBeNull();
    expect(fieldProblem('targetId', 'ROLE: witness', 'idOrTermKey')).not.toBeNull();
  });

  it('fits every id and every quote of the seed and the test fixtures', () => {
    for (const dir of [seedDir, new URL('../fixtures/seed-mini', import.meta.url).pathname]) {
      const dataset = readDataset(dir);
      const records = [...dataset.sources, ...dataset.entities, ...dataset.relationships, ...dataset.claims];
      const ids = [...records.map((r) => r.id), ...dataset.cases.map((c) => c.id)];
      expect(ids.filter((id) => !ID_SHAPE.test(id))).toEqual([]);
      const quotes = [...dataset.entities, ...dataset.relationships, ...dataset.claims].flatMap((r) => r.citations.map((c) => c.quote));
      expect(quotes.filter((q) => quoteShapeProblem(q) !== null)).toEqual([]);
    }
  });
});

describe('the API', () => {
  it('has an input rule for every String and ID argument and input field, and none for one that is gone', () => {
    const coordinates = textCoordinates(buildSchema());
    expect(coordinates.filter((c) => !Object.hasOwn(ARGUMENT_KINDS, c))).toEqual([]);
    expect(Object.keys(ARGUMENT_KINDS).filter((c) => !coordinates.includes(c))).toEqual([]);
  });
});
