// Fault injection under load: Neo4j killed while editors write and readers read (the server must restart it, answer
// DATABASE_UNAVAILABLE fast meanwhile, and lose nothing it acknowledged), and the whole server killed mid-write (what
// it acknowledged is there after a restart; what was in flight is there whole or not at all).
import { RaceFixture } from './races.js';
import { codeOf, outcomeOf, type GraphQLReply, type Target } from './target.js';

export interface FaultResult {
  name: string;
  /** Writes acknowledged before, during and after the fault. */
  acknowledged: number;
  lost: number;
  /** Writes that got no answer or an error: each must be stored whole or not at all. */
  unacknowledged: number;
  halfWritten: number;
  /** Replies refused as DATABASE_UNAVAILABLE while the database was down; the slowest of those sent after the kill. */
  unavailableReplies: number;
  slowestUnavailableMs: number;
  /** The slowest answer to a request already under way when Neo4j was killed (a write may wait for its retries). */
  slowestInFlightMs: number;
  /** From the kill to the first answered read. */
  recoveredAfterMs: number;
  /** "Unexpected error." or HTTP 5xx while the server was up. */
  unexpected: number;
  examples: string[];
}

interface Write {
  id: string;
  reply: GraphQLReply;
}

/** Editors creating entities (each one write with its citation and audit record) until told to stop. */
function writers(target: Target, fixture: RaceFixture, count: number, stop: () => boolean): Promise<Write[]> {
  let serial = 0;
  return Promise.all(
    Array.from({ length: count }, async (_, w) => {
      const done: Write[] = [];
      while (!stop()) {
        const id = `person/prove-fault-${fixture.source.slice(-6)}-${w}-${serial++}`;
        const reply = await target.gql(
          `mutation($input: EntityInput!) { createEntity(input: $input) { id } }`,
          { input: { id, kind: 'person', name: `Fault Provetov ${w} ${serial}`, citations: fixture.quote() } },
          fixture.token,
          20_000,
        );
        done.push({ id, reply });
        if (reply.networkError) await new Promise((resolve) => setTimeout(resolve, 100));
      }
      return done;
    }),
  ).then((lists) => lists.flat());
}

/** Checks every write: acknowledged ones present, others present whole (name, citation, audit record) or absent. */
async function audit(target: Target, writes: Write[], result: FaultResult) {
  for (const { id, reply } of writes) {
    const acked = outcomeOf(reply) === 'ok';
    const read = await target.gql(
      `query($id: ID!) { entity(id: $id) { id name citations { quote } } history(id: $id) { action } }`,
      { id },
      target.editor,
    );
    const entity = read.data?.entity as { name: string; citations: unknown[] } | null | undefined;
    const history = (read.data?.history as { action: string }[] | undefined) ?? [];
    if (acked) {
      result.acknowledged++;
      if (!entity) {
        result.lost++;
        if (result.examples.length < 5) result.examples.push(`${id} acknowledged, missing`);
      }
    } else {
      result.unacknowledged++;
      const whole = entity ? entity.citations.length > 0 && history.some((h) => h.action === 'createEntity') : history.length === 0;
      if (!whole) {
        result.halfWritten++;
        if (result.examples.length < 5) result.examples.push(`${id} half-written: ${JSON.stringify(read.data)}`);
      }
    }
  }
}

function emptyResult(name: string): FaultResult {
  return {
    name,
    acknowledged: 0,
    lost: 0,
    unacknowledged: 0,
    halfWritten: 0,
    unavailableReplies: 0,
    slowestUnavailableMs: 0,
    slowestInFlightMs: 0,
    recoveredAfterMs: 0,
    unexpected: 0,
    examples: [],
  };
}

async function waitForRead(target: Target, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (outcomeOf(await target.gql(`{ vocabulary { kinds { name } } }`, {}, null, 2_000)) === 'ok') return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the server did not answer a read within ${timeoutMs / 1000} s`);
}

/** Kills the embedded Neo4j while two editors write and a reader reads; the server must bring it back. */
export async function killNeo4jUnderLoad(target: Target, run: string): Promise<FaultResult> {
  const result = emptyResult('Neo4j killed (SIGKILL) under reads and writes');
  const fixture = new RaceFixture(target, `${run}-neo4j`, target.newToken('editor'), true);
  await fixture.prepare();
  let stopping = false;
  const written = writers(target, fixture, 2, () => stopping);
  const reads: GraphQLReply[] = [];
  const reader = (async () => {
    while (!stopping) reads.push(await target.gql(`{ search(text: "union", first: 5) { score } }`, {}, null, 20_000));
  })();
  await new Promise((resolve) => setTimeout(resolve, 1_500));
  const killedAt = performance.now();
  target.killNeo4j();
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  await waitForRead(target, 180_000);
  result.recoveredAfterMs = Math.round(performance.now() - killedAt);
  await new Promise((resolve) => setTimeout(resolve, 1_500));
  stopping = true;
  const writes = await written;
  await reader;
  for (const reply of [...reads, ...writes.map((w) => w.reply)]) {
    if (reply.at < killedAt && reply.at + reply.ms > killedAt) {
      result.slowestInFlightMs = Math.max(result.slowestInFlightMs, Math.round(reply.at + reply.ms - killedAt));
    }
    if (codeOf(reply) === 'DATABASE_UNAVAILABLE') {
      result.unavailableReplies++;
      if (reply.at >= killedAt) result.slowestUnavailableMs = Math.max(result.slowestUnavailableMs, Math.round(reply.ms));
    } else if (outcomeOf(reply) === 'unexpected' || outcomeOf(reply) === 'network') {
      result.unexpected++;
      if (result.examples.length < 5) result.examples.push(reply.networkError ?? reply.errors?.[0]?.message ?? `HTTP ${reply.status}`);
    }
  }
  await audit(target, writes, result);
  return result;
}

/** Kills the server and its Neo4j at once (SIGKILL to the process group) while editors write; then starts it again. */
export async function crashServerMidWrite(target: Target, run: string): Promise<FaultResult> {
  const result = emptyResult('server and Neo4j killed (SIGKILL) mid-write, then restarted');
  const fixture = new RaceFixture(target, `${run}-crash`, target.newToken('editor'), true);
  await fixture.prepare();
  let stopping = false;
  const written = writers(target, fixture, 3, () => stopping);
  await new Promise((resolve) => setTimeout(resolve, 2_000));
  const killedAt = performance.now();
  await target.crash();
  stopping = true;
  const writes = await written;
  await target.start();
  await waitForRead(target, 180_000);
  result.recoveredAfterMs = Math.round(performance.now() - killedAt);
  for (const { reply } of writes) {
    // No answer is what a killed server gives; an error answer before the kill must still be a coded one.
    if (outcomeOf(reply) === 'unexpected') {
      result.unexpected++;
      if (result.examples.length < 5) result.examples.push(reply.errors?.[0]?.message ?? `HTTP ${reply.status}`);
    }
  }
  await audit(target, writes, result);
  return result;
}
