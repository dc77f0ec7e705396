import { describe, expect, it } from 'vitest';
import { loadQueries, requireQuery, splitStatements } from '../../server/db/queries.js';

describe('Cypher files', () => {
  it('loads every file under cypher/ into a frozen map keyed area/use-case', () => {
    const queries = loadQueries();
    expect(Object.isFrozen(queries)).toBe(true);
    expect(queries['search/candidates']).toContain('db.index.fulltext.queryNodes');
  });

  it('fails loudly on a missing file', () => {
    expect(() => requireQuery(loadQueries(), 'nope/missing')).toThrow('Cypher file cypher/nope/missing.cypher is missing');
  });

  it('starts every file with a comment that lists its parameters and returns', () => {
    for (const [key, text] of Object.entries(loadQueries())) {
      expect(text.startsWith('//'), key).toBe(true);
      expect(text, key).toMatch(/Parameters:/);
    }
  });

  it('splits a schema file into statements and drops comment lines', () => {
    expect(splitStatements('// top\nCREATE A;\n// x\nCREATE B;\n')).toEqual(['CREATE A', 'CREATE B']);
  });
});

describe('Cypher fragments', () => {
  it('expands one projection into every query that includes it, for the variable named', async () => {
    const { expandFragments } = await import('../../server/db/queries.js');
    const fragments = { cites: '// comment\n[c IN __.cited | c]', node: '__ {.id, cited: @cites(__)}' };
    expect(expandFragments('RETURN @node(n) AS n', fragments)).toBe('RETURN n {.id, cited: [c IN n.cited | c]} AS n');
    expect(() => expandFragments('RETURN @nope(n)', fragments)).toThrow('cypher/fragments/nope.cypher is missing');
    expect(loadQueries()['entities/by-id']).not.toContain('@');
  });
});
