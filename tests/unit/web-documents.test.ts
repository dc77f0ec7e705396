import { readdirSync, readFileSync } from 'node:fs';
import { buildSchema, parse, validate } from 'graphql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as curation from '../../web/src/curation-api.js';
import * as queries from '../../web/src/queries.js';
import * as stories from '../../web/src/story-api.js';

const SCHEMA_DIR = 'server/schema';
const schema = buildSchema(
  readdirSync(SCHEMA_DIR)
    .filter((f) => f.endsWith('.graphql'))
    .map((f) => readFileSync(`${SCHEMA_DIR}/${f}`, 'utf8'))
    .join('\n'),
);

const citation = { sourceId: 's', quote: 'q' };
/** Each API function of the page, called once with plausible arguments. */
const CALLS: Record<string, () => Promise<unknown>> = {
  search: () => queries.search('x'),
  neighbourhood: () => queries.neighbourhood('e'),
  paths: () => queries.paths('a', 'b', { filter: { types: ['LEADS'] } }),
  sourceText: () => queries.sourceText('s'),
  sourceList: () => queries.sourceList(),
  suggestions: () => queries.suggestions(),
  vocabulary: () => queries.vocabulary(),
  history: () => queries.history('e'),
  viewer: () => queries.viewer('t'),
  mapPlaces: () => queries.mapPlaces(),
  createEntity: () => curation.createEntity({ kind: 'k', name: 'n', citations: [citation] }),
  updateEntity: () => curation.updateEntity('e', { name: 'n' }),
  deleteEntity: () => curation.deleteEntity('e'),
  addAlias: () => curation.addAlias('e', 'a', 'why'),
  removeAlias: () => curation.removeAlias('e', 'a'),
  createRelationship: () => curation.createRelationship({ type: 'T', from: 'a', to: 'b', citations: [citation] }),
  updateRelationship: () => curation.updateRelationship('r', { role: null }),
  deleteRelationship: () => curation.deleteRelationship('r'),
  createClaim: () => curation.createClaim({ subject: 'e', attribute: 'a', value: 'v', citations: [citation] }),
  updateClaim: () => curation.updateClaim('c', { value: 'v' }),
  deleteClaim: () => curation.deleteClaim('c'),
  rankClaim: () => curation.rankClaim('c', true, 'why'),
  addCitation: () => curation.addCitation('e', citation),
  removeCitation: () => curation.removeCitation('e', citation),
  addVocabularyTerm: () => curation.addVocabularyTerm({ group: 'ROLE', name: 'r', description: 'd' }),
  openStory: () => stories.openStory('story/x'),
  listStories: () => stories.listStories(),
  saveStory: () => stories.saveStory(null, 0, { title: 't', slides: [{ title: '', caption: '', view: 'roots=a' }] }),
  updateStory: () => stories.saveStory('story/x', 3, { title: 't', slides: [] }),
  removeStory: () => stories.removeStory('story/x'),
};

/** The document each of them sends. */
async function sentDocuments(): Promise<Map<string, string>> {
  const sent = new Map<string, string>();
  let current = '';
  vi.stubGlobal('fetch', (_url: string, init: { body: string }) => {
    sent.set(current, (JSON.parse(init.body) as { query: string }).query);
    return Promise.resolve(new Response(JSON.stringify({ errors: [{ message: 'not answered in this test' }] })));
  });
  for (const [name, call] of Object.entries(CALLS)) {
    current = name;
    await call().catch(() => undefined);
  }
  return sent;
}

describe('the documents the page sends', () => {
  afterEach(() => void vi.unstubAllGlobals());

  it('are all valid against server/schema/*.graphql, so a field renamed there fails here too', async () => {
    const documents = await sentDocuments();
    expect([...documents.keys()]).toEqual(Object.keys(CALLS));
    for (const [name, document] of documents)
      expect(
        validate(schema, parse(document)).map((e) => e.message),
        name,
      ).toEqual([]);
  });

  it('cover every query and mutation function the page has', () => {
    const functions = Object.entries({ ...queries, ...curation, ...stories }).filter(([, value]) => typeof value === 'function');
    // saveStory sends createStory or updateStory: both are called above.
    expect([...functions.map(([name]) => name), 'updateStory'].sort()).toEqual(Object.keys(CALLS).sort());
  });
});
