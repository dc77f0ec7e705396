// Concurrent-edit races over HTTP, each round on fresh entities: every acknowledged change must be present afterwards,
// every refusal must be a clean coded one, and every acknowledged merge must be undoable with nothing lost.
import { codeOf, outcomeOf, type GraphQLReply, type Target } from './target.js';

export interface RaceTally {
  name: string;
  rounds: number;
  attempts: number;
  acknowledged: number;
  /** Refusals by code (CONFLICT, NOT_FOUND…): clean outcomes of losing a race. */
  refused: Record<string, number>;
  /** Acknowledged changes missing afterwards. */
  lost: number;
  /** Acknowledged merges that could not be undone, or entities missing after undoing them all. */
  notUndoable: number;
  /** "Unexpected error.", HTTP 5xx or no answer. */
  unexpected: number;
  examples: string[];
}

const TEXT =
  'Arman Provetov, a leader of the Provograd Miners Union, was detained by the police in Provograd on 4 May 2020. ' +
  'The union and its members were fined by the city court after the strike at the copper plant.';
const QUOTE = 'was detained by the police in Provograd';

const mutations = {
  createSource: `mutation($input: SourceInput!) { createSource(input: $input) { id } }`,
  createEntity: `mutation($input: EntityInput!) { createEntity(input: $input) { id } }`,
  addAlias: `mutation($id: ID!, $alias: String!) { addAlias(id: $id, alias: $alias, reason: "spelling in another report") { id } }`,
  link: `mutation($input: RelationshipInput!) { createRelationship(input: $input) { id } }`,
  merge: `mutation($s: ID!, $m: ID!) { mergeEntities(survivorId: $s, mergedId: $m, reason: "the same person in two reports") { id at } }`,
  undo: `mutation($id: ID!) { undoMerge(mergeId: $id) { id } }`,
};

type Merge = { id: string; at: string };

function tally(name: string): RaceTally {
  return { name, rounds: 0, attempts: 0, acknowledged: 0, refused: {}, lost: 0, notUndoable: 0, unexpected: 0, examples: [] };
}

/** Counts one reply into the tally; true when it was acknowledged. */
function count(t: RaceTally, reply: GraphQLReply, what: string): boolean {
  t.attempts++;
  const outcome = outcomeOf(reply);
  if (outcome === 'ok') {
    t.acknowledged++;
    return true;
  }
  if (outcome === 'refused') {
    const code = codeOf(reply) ?? 'UNKNOWN';
    t.refused[code] = (t.refused[code] ?? 0) + 1;
  } else {
    t.unexpected++;
    if (t.examples.length < 5) t.examples.push(`${what}: ${reply.networkError ?? reply.errors?.[0]?.message ?? `HTTP ${reply.status}`}`);
  }
  return false;
}

function problem(t: RaceTally, field: 'lost' | 'notUndoable', example: string) {
  t[field]++;
  if (t.examples.length < 5) t.examples.push(example);
}

/** A fixture step (creating what a race or a write needs) that was refused or failed, with the reply it got. */
export class FixtureError extends Error {
  constructor(
    message: string,
    readonly reply: GraphQLReply,
  ) {
    super(message);
  }
}

export class RaceFixture {
  private serial = 0;
  readonly source: string;

  /**
   * Changes are sent with `token` (an editor's; each part of the proof has its own, as rate limits count per token).
   * With `waitOutRateLimits`, a change refused as RATE_LIMITED is sent again after the wait it names.
   */
  constructor(
    private readonly target: Target,
    private readonly run: string,
    readonly token: string,
    private readonly waitOutRateLimits = false,
  ) {
    this.source = `prove-source-${run}`;
  }

  private async send(query: string, variables: Record<string, unknown>): Promise<GraphQLReply> {
    for (;;) {
      const reply = await this.target.gql(query, variables, this.token);
      const limited = reply.errors?.find((e) => e.extensions?.code === 'RATE_LIMITED');
      if (!this.waitOutRateLimits || !limited) return reply;
      await new Promise((resolve) => setTimeout(resolve, Number(limited.extensions?.retryAfterSeconds ?? 1) * 1000));
    }
  }

  async prepare(): Promise<void> {
    const reply = await this.send(mutations.createSource, {
      input: { id: this.source, caseId: `prove-${this.run}`, caseTitle: 'Proof of concurrency', title: 'Proof report', text: TEXT },
    });
    if (reply.errors) throw new Error(`could not create the proof's source: ${reply.errors[0]!.message}`);
  }

  async entity(kind: 'person' | 'organisation'): Promise<string> {
    const n = ++this.serial;
    const input = {
      id: `${kind}/prove-${this.run}-${n}`,
      kind,
      ...(kind === 'organisation' ? { subkind: 'trade-union' } : {}),
      name: kind === 'person' ? `Provetov ${this.run} number ${n}` : `Provograd Union ${this.run} number ${n}`,
      citations: [{ sourceId: this.source, quote: QUOTE }],
    };
    const reply = await this.send(mutations.createEntity, { input });
    if (reply.errors || reply.networkError) {
      throw new FixtureError(`could not create ${input.id}: ${reply.networkError ?? reply.errors![0]!.message}`, reply);
    }
    return input.id;
  }

  async names(id: string): Promise<string[] | null> {
    const reply = await this.target.gql(`query($id: ID!) { entity(id: $id) { name aliases } }`, { id });
    const entity = reply.data?.entity as { name: string; aliases: string[] } | null | undefined;
    return entity ? [entity.name, ...entity.aliases] : null;
  }

  async linkIds(id: string): Promise<Set<string>> {
    const reply = await this.target.gql(`query($id: ID!) { neighbourhood(id: $id, depth: 1, limit: 1000) { edges { id } } }`, { id });
    const edges = (reply.data?.neighbourhood as { edges: { id: string }[] } | null)?.edges ?? [];
    return new Set(edges.map((e) => e.id));
  }

  gql(query: keyof typeof mutations, variables: Record<string, unknown>) {
    return this.send(mutations[query], variables);
  }

  quote() {
    return [{ sourceId: this.source, quote: QUOTE }];
  }
}

/** Undoes acknowledged merges newest first; each must succeed, and the given entities must all exist afterwards. */
async function undoAll(fixture: RaceFixture, t: RaceTally, merges: Merge[], mustExist: string[]) {
  for (const merge of [...merges].sort((a, b) => b.at.localeCompare(a.at))) {
    const reply = await fixture.gql('undo', { id: merge.id });
    if (outcomeOf(reply) !== 'ok') problem(t, 'notUndoable', `undo ${merge.id}: ${reply.errors?.[0]?.message ?? reply.networkError}`);
  }
  for (const id of mustExist) {
    if ((await fixture.names(id)) === null) problem(t, 'notUndoable', `${id} missing after undoing every merge`);
  }
}

const mergeOf = (reply: GraphQLReply) => reply.data?.mergeEntities as Merge | undefined;

type Race = (fixture: RaceFixture, t: RaceTally, round: number) => Promise<void>;

export const RACES: Record<string, Race> = {
  'eight editors add aliases to one entity at once': async (fixture, t) => {
    const id = await fixture.entity('person');
    const aliases = Array.from({ length: 8 }, (_, i) => `Provetov alias ${i} of ${id.split('-').at(-1)}`);
    const replies = await Promise.all(aliases.map((alias) => fixture.gql('addAlias', { id, alias })));
    const stored = new Set((await fixture.names(id)) ?? []);
    replies.forEach((reply, i) => {
      if (count(t, reply, 'addAlias') && !stored.has(aliases[i]!)) problem(t, 'lost', `alias "${aliases[i]}" acknowledged, not stored`);
    });
  },

  'a merge races a new link to the merged entity': async (fixture, t) => {
    const [a, b, c] = [await fixture.entity('person'), await fixture.entity('person'), await fixture.entity('organisation')];
    const [merged, linked] = await Promise.all([
      fixture.gql('merge', { s: a, m: b }),
      fixture.gql('link', { input: { type: 'MEMBER_OF', from: b, to: c, citations: fixture.quote() } }),
    ]);
    const merge = count(t, merged, 'merge') ? mergeOf(merged) : undefined;
    const link = count(t, linked, 'createRelationship') ? (linked.data?.createRelationship as { id: string }).id : null;
    if (link && !(await fixture.linkIds(c)).has(link)) problem(t, 'lost', `link ${link} acknowledged, missing after the merge`);
    await undoAll(fixture, t, merge ? [merge] : [], [a, b, c]);
    if (link && !(await fixture.linkIds(c)).has(link)) problem(t, 'lost', `link ${link} acknowledged, missing after undoing the merge`);
  },

  'two merges race over one entity': async (fixture, t, round) => {
    const [a, b, c] = [await fixture.entity('person'), await fixture.entity('person'), await fixture.entity('person')];
    // Alternate rounds: opposite directions (A←B, B←A), and one entity into two survivors (A←B, C←B).
    const pairs =
      round % 2 === 0
        ? [
            [a, b],
            [b, a],
          ]
        : [
            [a, b],
            [c, b],
          ];
    const replies = await Promise.all(pairs.map(([s, m]) => fixture.gql('merge', { s, m })));
    const merges = replies.flatMap((reply) => (count(t, reply, 'merge') ? [mergeOf(reply)!] : []));
    await undoAll(fixture, t, merges, [a, b, c]);
  },

  'the same merge sent twice at once': async (fixture, t) => {
    const [a, b] = [await fixture.entity('person'), await fixture.entity('person')];
    const replies = await Promise.all([fixture.gql('merge', { s: a, m: b }), fixture.gql('merge', { s: a, m: b })]);
    const merges = replies.flatMap((reply) => (count(t, reply, 'merge') ? [mergeOf(reply)!] : []));
    if (merges.length > 1) problem(t, 'notUndoable', `one merge of ${b} into ${a} acknowledged twice`);
    await undoAll(fixture, t, merges, [a, b]);
  },

  'an alias races a merge of its entity': async (fixture, t) => {
    const [a, b] = [await fixture.entity('person'), await fixture.entity('person')];
    const alias = `Provetov the elder ${b.split('-').at(-1)}`;
    const [merged, aliased] = await Promise.all([fixture.gql('merge', { s: a, m: b }), fixture.gql('addAlias', { id: b, alias })]);
    const merge = count(t, merged, 'merge') ? mergeOf(merged) : undefined;
    const added = count(t, aliased, 'addAlias');
    const present = async () => [...((await fixture.names(a)) ?? []), ...((await fixture.names(b)) ?? [])].includes(alias);
    if (added && !(await present())) problem(t, 'lost', `alias "${alias}" acknowledged, missing after the merge`);
    await undoAll(fixture, t, merge ? [merge] : [], [a, b]);
    if (added && !(await present())) problem(t, 'lost', `alias "${alias}" acknowledged, missing after undoing the merge`);
  },
};

export async function runRaces(target: Target, rounds: number, run: string): Promise<RaceTally[]> {
  // The races test concurrency, not the rate limits: a change refused for its rate is sent again after the wait.
  const fixture = new RaceFixture(target, run, target.newToken('editor'), true);
  await fixture.prepare();
  const tallies: RaceTally[] = [];
  for (const [name, race] of Object.entries(RACES)) {
    const t = tally(name);
    for (let round = 0; round < rounds; round++) {
      await race(fixture, t, round);
      t.rounds++;
    }
    tallies.push(t);
  }
  return tallies;
}
