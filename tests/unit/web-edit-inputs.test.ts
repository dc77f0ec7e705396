import { describe, expect, it } from 'vitest';
import type { EntityData, RelationshipData } from '../../web/src/api-types.js';
import {
  claimInput,
  claimPatch,
  entityChanges,
  entityInput,
  linkInput,
  linkPatch,
  quoteFromSelection,
  type EntityValues,
} from '../../web/src/edit-inputs.js';

const CITATION = { sourceId: '000_x', quote: 'examined the case' };
const VALUES: EntityValues = {
  name: ' Court in Shymkent ',
  kind: 'k1',
  subkind: '',
  descriptiveName: true,
  description: '',
  date: '2015/2017',
  dateInferred: ' from the article date ',
  aliases: [
    { name: 'Shymkent court', reason: 'same court, short form' },
    { name: '  ', reason: '' },
  ],
};

describe('editing inputs', () => {
  it('turns a selection spanning lines of the source into a one-line quote', () => {
    expect(quoteFromSelection('  was sentenced\n to two   and a half\tyears ')).toBe('was sentenced to two and a half years');
  });

  it('builds a new entity with a date range, the inference note, aliases with reasons and the cited quote', () => {
    expect(entityInput(VALUES, CITATION)).toEqual({
      problems: [],
      value: {
        kind: 'k1',
        subkind: null,
        name: 'Court in Shymkent',
        aliases: [{ name: 'Shymkent court', reason: 'same court, short form' }],
        descriptiveName: true,
        description: null,
        date: '2015/2017',
        dateInferred: 'from the article date',
        citations: [CITATION],
      },
    });
  });

  it('refuses at once what the server would: no name, a malformed date, an alias without reason, no quote', () => {
    const { value, problems } = entityInput({ ...VALUES, name: '', date: '2017-13', aliases: [{ name: 'X', reason: '' }] }, null);
    expect(value).toBeNull();
    expect(problems).toHaveLength(4);
    expect(problems[1]).toMatch(/^date must be .*got "2017-13"$/);
  });

  it('sends only the changed fields of an entity, null to clear one, and the aliases to add and remove', () => {
    const before: EntityData = {
      id: 'k1/court',
      kind: 'k1',
      subkind: null,
      name: 'Court in Shymkent',
      aliases: ['Old name'],
      aliasReasons: ['was called so'],
      descriptiveName: true,
      description: 'A court.',
      date: '2015/2017',
      dateInferred: null,
      citations: [],
      claims: [],
    };
    const { value } = entityChanges(before, VALUES);
    expect(value).toEqual({
      patch: { description: null, dateInferred: 'from the article date' },
      addAliases: [{ name: 'Shymkent court', reason: 'same court, short form' }],
      removeAliases: ['Old name'],
    });
  });

  it('builds a link from this entity or to it, with the other end picked through search', () => {
    const values = { type: 'LEADS', here: 'a/1', other: 'b/2', incoming: false, role: 'president', date: '2016', dateInferred: '' };
    expect(linkInput(values, CITATION).value).toMatchObject({
      from: 'a/1',
      to: 'b/2',
      role: 'president',
      date: '2016',
      dateInferred: null,
    });
    expect(linkInput({ ...values, incoming: true }, CITATION).value).toMatchObject({ from: 'b/2', to: 'a/1' });
    expect(linkInput({ ...values, other: null }, CITATION).problems).toEqual(['pick the other end of the link through the search']);
  });

  it('patches only what changed on a link', () => {
    const before: RelationshipData = {
      id: 'r',
      type: 'LEADS',
      role: 'president',
      date: null,
      dateInferred: null,
      source: { id: 'a/1' },
      target: { id: 'b/2' },
      citations: [],
    };
    const values = { type: 'LEADS', here: 'a/1', other: 'b/2', incoming: false, role: '', date: '2016/..', dateInferred: '' };
    expect(linkPatch(before, values).value).toEqual({ role: null, date: '2016/..' });
  });

  it('builds and patches claims', () => {
    expect(claimInput('e/1', { attribute: 'term', value: ' 100 hours ' }, CITATION).value).toEqual({
      subject: 'e/1',
      attribute: 'term',
      value: '100 hours',
      citations: [CITATION],
    });
    expect(claimInput('e/1', { attribute: '', value: '' }, null).problems).toHaveLength(3);
    expect(claimPatch({ attribute: 'term', value: '100 hours' }, { attribute: 'term', value: '400 hours' }).value).toEqual({
      value: '400 hours',
    });
  });

  it('catches at once what the server would refuse: a one-word quote, an overlong name, a control character', () => {
    expect(entityInput(VALUES, { sourceId: '000_x', quote: 'Shymkent' }).problems).toEqual([
      "the quote must have at least 2 words and 12 characters, enough to identify a passage: select more of the source's words",
    ]);
    expect(entityInput({ ...VALUES, name: 'x'.repeat(301) }, CITATION).problems).toEqual(['name must be at most 300 characters, got 301']);
    expect(claimInput('event/x', { attribute: 'prison term', value: '2 years\u202E' }, CITATION).problems).toEqual([
      'value must not contain U+202E RIGHT-TO-LEFT OVERRIDE (a bidirectional control), found at offset 7',
    ]);
  });
});
