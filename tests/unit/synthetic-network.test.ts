// The generated network is in the real model: every record passes the checks the seed loader and the API apply
// (vocabulary words, ids, dates, a verbatim quote in an existing source), links join existing entities, it has hubs
// and a long tail, and the same seed gives the same network.
import { describe, expect, it } from 'vitest';
import {
  citationProblems,
  claimFromStored,
  claimProblems,
  entityFromStored,
  entityProblems,
  relationshipFromStored,
  relationshipProblems,
  sourceProblems,
} from '../../domain/records.js';
import { seedDir } from '../../server/paths.js';
import { readVocabulary } from '../../server/seed/read-dataset.js';
import { SyntheticNetwork, type SyntheticBatch } from '../../server/synthetic/network.js';

const vocabulary = readVocabulary(seedDir);

function generate(entities: number, seed: number): SyntheticBatch[] {
  return [...new SyntheticNetwork({ entities, seed, batchSize: 500 }).batches()];
}

describe('the synthetic network', () => {
  const batches = generate(3000, 7);
  const sources = batches.flatMap((b) => b.sources);
  const entities = batches.flatMap((b) => b.entities);
  const links = batches.flatMap((b) => b.relationships);
  const claims = batches.flatMap((b) => b.claims);
  const texts = new Map(sources.map((s) => [s.id, s.text]));

  it('has every kind of the model, about five links per entity, claims and sources', () => {
    expect(entities.length).toBeGreaterThan(2900);
    expect(new Set(entities.map((e) => e.kind))).toEqual(new Set(['person', 'organisation', 'instrument', 'place', 'event']));
    expect(links.length / entities.length).toBeGreaterThan(4);
    expect(links.length / entities.length).toBeLessThan(6);
    expect(claims.length).toBeGreaterThan(50);
    expect(new Set(links.map((l) => l.props.type)).size).toBeGreaterThanOrEqual(10);
  });

  it('passes the checks the loader and the API apply to every record, each quote found in its source', () => {
    const problems: string[] = [];
    for (const source of sources) problems.push(...sourceProblems(source).map((p) => `${source.id}: ${p}`));
    for (const props of entities) {
      const record = entityFromStored(props);
      problems.push(
        ...[...entityProblems(record, vocabulary), ...citationProblems(record.citations, (id: string) => texts.get(id))].map(
          (p) => `${record.id}: ${p}`,
        ),
      );
    }
    for (const link of links) {
      const record = relationshipFromStored(link.props, link.from, link.to);
      problems.push(
        ...[...relationshipProblems(record, vocabulary), ...citationProblems(record.citations, (id: string) => texts.get(id))].map(
          (p) => `${record.id}: ${p}`,
        ),
      );
    }
    for (const claim of claims) {
      const record = claimFromStored(claim.props, claim.subject);
      problems.push(
        ...[...claimProblems(record, vocabulary), ...citationProblems(record.citations, (id: string) => texts.get(id))].map(
          (p) => `${record.id}: ${p}`,
        ),
      );
    }
    expect(problems.slice(0, 10)).toEqual([]);
  });

  it('joins only entities it holds, with unique ids, entities before any link', () => {
    const ids = new Set(entities.map((e) => e.id));
    expect(ids.size).toBe(entities.length);
    expect(links.filter((l) => !ids.has(l.from) || !ids.has(l.to))).toEqual([]);
    expect(claims.filter((c) => !ids.has(c.subject))).toEqual([]);
    expect(new Set(links.map((l) => l.props.id)).size).toBe(links.length);
    const firstLinks = batches.findIndex((b) => b.relationships.length > 0);
    expect(batches.slice(firstLinks).some((b) => b.entities.length > 0)).toBe(false);
  });

  it('has hubs and a long tail', () => {
    const degree = new Map<string, number>();
    for (const l of links) for (const end of [l.from, l.to]) degree.set(end, (degree.get(end) ?? 0) + 1);
    const sorted = [...degree.values()].sort((a, b) => b - a);
    expect(sorted[0]!).toBeGreaterThan(20 * sorted[Math.floor(sorted.length / 2)]!);
  });

  it('states contradictions as two values of a single-valued attribute, each with its own quote', () => {
    const bySubject = new Map<string, Set<string>>();
    for (const c of claims.filter((c) => c.props.attribute === 'prison term'))
      bySubject.set(c.subject, (bySubject.get(c.subject) ?? new Set()).add(c.props.value));
    expect([...bySubject.values()].some((values) => values.size > 1)).toBe(true);
  });

  it('is the same for the same seed, and another for another seed', () => {
    const again = generate(3000, 7);
    expect(again.flatMap((b) => b.relationships)).toEqual(links);
    const other = generate(3000, 8).flatMap((b) => b.entities);
    expect(other.map((e) => e.name)).not.toEqual(entities.map((e) => e.name));
  });
});
