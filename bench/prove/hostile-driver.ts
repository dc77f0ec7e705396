// The hostile-input driver: reads the schema, and sends every value of the corpus to every argument and every
// input-object field of every query (anonymously) and every mutation (anonymously, then as an editor), the other
// arguments filled with valid values. Each reply is classified (hostile-outcomes.ts); an anonymous request that opens
// a write transaction or changes the graph's counts is an unintended write, and so is a refused editor request that
// changes them. Used by tests/integration/api-hostile-input.test.ts (a sample) and `npm run prove` (everything).
import {
  getNamedType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isUnionType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';
import { hostileSample, type HostileValue } from './hostile-corpus.js';
import { variablesFor, type Path } from './hostile-fillers.js';
import { HostileFixtures, type FixtureSet, type SendGraphQL } from './hostile-fixtures.js';
import { classify, sentForms, storedViolations, type Outcome } from './hostile-outcomes.js';
import { waitingOutRateLimits } from './hostile-transport.js';

export interface HostileOptions {
  schema: GraphQLSchema;
  send: SendGraphQL;
  /** An editor's token: mutations are sent with it after being sent with none. */
  editorToken: string;
  /** Marks every record the run makes (ids, the case, names). */
  run: string;
  /** How many corpus values (hostileSample); all of them when omitted. */
  size?: number;
  values?: readonly HostileValue[];
  /**
   * Nodes and relationships in the database, counted before and after each anonymous (and refused editor) request;
   * requests then go one at a time. (A write transaction an anonymous request opens is caught without it when the
   * transport can tell: watchWrites.)
   */
  countGraph?: () => Promise<number[]>;
  /** Root fields attacked at once, each with its own fixtures (1 when countGraph is given). */
  concurrency?: number;
  /**
   * A report of its own for every ingestReport request (each analysed and stored, a tenth of a second or more), so
   * that accepted titles, publishers and dates are stored; by default one text for the run, analysed once.
   */
  newReports?: boolean;
  /** Only these root fields (`Query.search`, `Mutation.createEntity`). */
  fields?: (coordinate: string) => boolean;
  /** At most this many examples of each kind. */
  maxExamples?: number;
  log?: (line: string) => void;
}

export interface HostileExample {
  kind: 'unexpected' | 'leak' | 'unintendedWrite' | 'storedViolation' | 'fixture';
  role: 'anonymous' | 'editor';
  /** `Mutation.createEntity input.aliases[0].reason`. */
  where: string;
  value: string;
  status: number;
  detail: string;
}

export interface HostileSummary {
  valuesTried: number;
  /** Arguments and input fields attacked. */
  slots: number;
  inputsTried: number;
  refusals: number;
  accepted: number;
  unexpectedErrors: number;
  leaks: number;
  unintendedWrites: number;
  /** Accepted editor requests whose reply holds a string no stored value may be. */
  storedViolations: number;
  /** Requests not sent because a fixture could not be made (a defect of the driver or the server). */
  fixtureFailures: number;
  refusalCodes: Record<string, number>;
  examples: HostileExample[];
  durationS: number;
}

interface Slot {
  parent: 'Query' | 'Mutation';
  field: GraphQLField<unknown, unknown>;
  path: Path;
}

/** Every argument, every field of an input argument, and every field of the items of an input list. */
export function slotsOf(parent: Slot['parent'], field: GraphQLField<unknown, unknown>): Slot[] {
  const slots: Slot[] = [];
  const visit = (type: GraphQLInputType, path: Path) => {
    slots.push({ parent, field, path });
    const inner = isNonNullType(type) ? type.ofType : type;
    const item = isListType(inner) ? (isNonNullType(inner.ofType) ? inner.ofType.ofType : inner.ofType) : inner;
    if (!isInputObjectType(item)) return;
    const base = isListType(inner) ? [...path, 0] : path;
    for (const child of Object.values(item.getFields())) visit(child.type, [...base, child.name]);
  };
  for (const arg of field.args) visit(arg.type, [arg.name]);
  return slots;
}

const pathText = (path: Path) => path.map((step, i) => (typeof step === 'number' ? `[${step}]` : i === 0 ? step : `.${step}`)).join('');

/** Scalars of the type and of its object fields, one level down: enough to see what was stored, never the 10 MB originals. */
function selectionOf(type: GraphQLOutputType, depth = 1): string {
  const named = getNamedType(type);
  if (isUnionType(named))
    return `{ __typename ${named
      .getTypes()
      .map((t) => `... on ${t.name} ${selectionOf(t, 0)}`)
      .join(' ')} }`;
  if (!isObjectType(named)) return '';
  const fields = Object.values(named.getFields()).filter((f) => f.name !== 'originalBase64' && f.args.every((a) => !isNonNullType(a.type)));
  const parts = fields.flatMap((f) => {
    const inner = getNamedType(f.type);
    if (!isObjectType(inner) && !isUnionType(inner)) return [f.name];
    return depth > 0 ? [`${f.name} ${selectionOf(f.type, depth - 1)}`] : [];
  });
  return `{ __typename ${parts.join(' ')} }`;
}

export function documentFor(parent: Slot['parent'], field: GraphQLField<unknown, unknown>): string {
  const declared = field.args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const passed = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const operation = parent === 'Query' ? 'query' : 'mutation';
  // A mutation's reply shows what was stored, one level down; a query's only needs to say whether it was answered.
  const selection = selectionOf(field.type, parent === 'Mutation' ? 1 : 0);
  return `${operation}${declared ? `(${declared})` : ''} { ${field.name}${passed ? `(${passed})` : ''} ${selection} }`;
}

function emptySummary(): HostileSummary {
  return {
    valuesTried: 0,
    slots: 0,
    inputsTried: 0,
    refusals: 0,
    accepted: 0,
    unexpectedErrors: 0,
    leaks: 0,
    unintendedWrites: 0,
    storedViolations: 0,
    fixtureFailures: 0,
    refusalCodes: {},
    examples: [],
    durationS: 0,
  };
}

interface Run {
  options: HostileOptions;
  values: readonly HostileValue[];
  summary: HostileSummary;
  fixtures: HostileFixtures;
  send: SendGraphQL;
  example(e: HostileExample): void;
  counts(): Promise<string>;
}

/**
 * One request: the hostile value at the slot, sent as `role`, its reply classified and tallied. Says whether the
 * fixtures may have changed (an editor's request was accepted) or could not be made.
 */
async function attack(
  run: Run,
  slot: Slot,
  document: string,
  hostile: HostileValue,
  role: Role,
  set: FixtureSet,
): Promise<'kept' | 'broken' | { accepted: unknown }> {
  const { summary, options } = run;
  const where = `${slot.parent}.${slot.field.name} ${pathText(slot.path)}`;
  let variables: Record<string, unknown>;
  try {
    variables = await variablesFor(slot.parent, slot.field, slot.path, hostile.value, set);
  } catch (error) {
    summary.fixtureFailures++;
    run.example({ kind: 'fixture', role, where, value: hostile.label, status: 0, detail: String(error) });
    return 'broken';
  }
  const watched = role === 'anonymous' || options.countGraph !== undefined;
  const before = watched ? await run.counts() : '';
  const reply = await run.send(document, variables, role === 'editor' ? options.editorToken : null);
  const after = watched ? await run.counts() : '';
  const result = classify(reply, sentForms(hostile.value));
  summary.inputsTried++;
  tally(summary, result.outcome, result.code);
  const detail = `${result.code ?? ''} ${result.message ?? ''}`.trim().slice(0, 300);
  const seen = { role, where, value: hostile.label, status: reply.status } as const;
  if (result.outcome === 'unexpected') run.example({ kind: 'unexpected', ...seen, detail });
  if (result.leak) {
    summary.leaks++;
    run.example({ kind: 'leak', ...seen, detail: `${result.leak} — ${detail}` });
  }
  // Anonymous: no write transaction, no change, no mutation accepted. An editor's refused request may open a write
  // transaction (rolled back) but may not change the graph.
  const wrote =
    role === 'anonymous'
      ? (reply.writeTransactions ?? 0) > 0 || after !== before || (slot.parent === 'Mutation' && result.outcome === 'accepted')
      : result.outcome !== 'accepted' && after !== before;
  if (wrote) {
    summary.unintendedWrites++;
    const writes = reply.writeTransactions ? `${reply.writeTransactions} write transaction(s); ` : '';
    run.example({ kind: 'unintendedWrite', ...seen, detail: `${writes}counts ${before} → ${after}; ${detail}` });
  }
  if (role !== 'editor' || result.outcome !== 'accepted') return 'kept';
  for (const violation of storedViolations(reply.data)) {
    summary.storedViolations++;
    run.example({ kind: 'storedViolation', ...seen, detail: violation });
  }
  return { accepted: reply.data };
}

type Role = 'anonymous' | 'editor';

/** Every value at every slot of one root field; the fixtures are made again after a request that may have changed them. */
async function attackField(run: Run, parent: Slot['parent'], field: GraphQLField<unknown, unknown>): Promise<void> {
  const document = documentFor(parent, field);
  const roles: readonly Role[] = parent === 'Query' ? ['anonymous'] : ['anonymous', 'editor'];
  // Records these use up or change for good (a deleted entity, an alias removed, a merge undone, a proposal decided)
  // are made again after an accepted request; others point at the same ones throughout.
  const keepsFixtures = !/^(delete|remove|merge|undo|accept|reject|addCitation)/.test(field.name);
  let set = run.fixtures.fresh();
  try {
    for (const slot of slotsOf(parent, field)) {
      for (const hostile of run.values) {
        for (const role of roles) {
          const outcome = await attack(run, slot, document, hostile, role, set);
          if (typeof outcome === 'object') await run.fixtures.removeEntity(madeEntity(field.name, outcome.accepted));
          if (outcome === 'broken' || (typeof outcome === 'object' && !keepsFixtures)) {
            await set.dispose();
            set = run.fixtures.fresh();
          }
        }
      }
    }
  } finally {
    await set.dispose();
  }
}

/**
 * The entity an accepted request made, which the run deletes at once: hundreds of entities with one name would make
 * every duplicate suggestion (of this and of any other suite on the database) a pair of the run's.
 */
function madeEntity(field: string, data: unknown): string | null {
  const result = (data as Record<string, { id?: unknown; resultId?: unknown; kind?: unknown } | null> | null)?.[field];
  if (field === 'createEntity' && typeof result?.id === 'string') return result.id;
  if (field === 'acceptProposal' && result?.kind === 'ENTITY' && typeof result.resultId === 'string') return result.resultId;
  return null;
}

export async function runHostileCorpus(options: HostileOptions): Promise<HostileSummary> {
  const began = performance.now();
  const values = options.values ?? hostileSample(options.size ?? Number.POSITIVE_INFINITY);
  const summary = emptySummary();
  summary.valuesTried = values.length;
  const maxExamples = options.maxExamples ?? 10;
  const send = waitingOutRateLimits(options.send);
  const fixtures = new HostileFixtures(send, options.editorToken, options.run, options.newReports);
  await fixtures.setUp();
  const run: Run = {
    options,
    values,
    summary,
    fixtures,
    send,
    example: (e) => {
      if (summary.examples.filter((x) => x.kind === e.kind).length < maxExamples) summary.examples.push(e);
    },
    counts: async () => (options.countGraph ? (await options.countGraph()).join('/') : ''),
  };
  const fields = (['Query', 'Mutation'] as const)
    .flatMap((parent) => {
      const root = parent === 'Query' ? options.schema.getQueryType() : options.schema.getMutationType();
      return Object.values(root?.getFields() ?? {}).map((field) => ({ parent, field, slots: slotsOf(parent, field).length }));
    })
    .filter(({ parent, field }) => !options.fields || options.fields(`${parent}.${field.name}`))
    // The widest first, so that lanes end together.
    .sort((a, b) => b.slots * (b.parent === 'Mutation' ? 2 : 1) - a.slots * (a.parent === 'Mutation' ? 2 : 1));
  summary.slots = fields.reduce((sum, f) => sum + f.slots, 0);
  const lanes = options.countGraph ? 1 : Math.max(1, options.concurrency ?? 1);
  let next = 0;
  await Promise.all(
    Array.from({ length: lanes }, async () => {
      for (let item = fields[next++]; item; item = fields[next++]) {
        options.log?.(`${item.parent}.${item.field.name}: ${item.slots} slots × ${values.length} values`);
        await attackField(run, item.parent, item.field);
      }
    }),
  );
  summary.durationS = Math.round((performance.now() - began) / 100) / 10;
  return summary;
}

function tally(summary: HostileSummary, outcome: Outcome, code: string | null): void {
  if (outcome === 'unexpected') summary.unexpectedErrors++;
  else if (outcome === 'accepted') summary.accepted++;
  else {
    summary.refusals++;
    summary.refusalCodes[code ?? 'NONE'] = (summary.refusalCodes[code ?? 'NONE'] ?? 0) + 1;
  }
}
