// The proof's results as markdown: every section with what was tried and what went wrong, figures only.
import type { FaultResult } from './faults.js';
import type { HostileSummary } from './hostile-driver.js';
import type { RaceTally } from './races.js';
import type { SoakResult } from './soak.js';

export interface ProofResults {
  startedAt: string;
  form: 'full' | 'reduced';
  machine: string;
  durationS: number;
  hostile?: HostileSummary;
  races: RaceTally[];
  faults: FaultResult[];
  soak: SoakResult;
  backup?: { nodes: number; relationships: number; exact: boolean; bytes: number; backupMs: number; restoreMs: number; problem?: string };
}

export interface Verdict {
  leaks: number;
  unintendedWrites: number;
  /** Unexpected errors, stored values no rule allows and fixtures the driver could not make, in the hostile round. */
  hostileUnexpected: number;
  lostWrites: number;
  notUndoable: number;
  halfWritten: number;
  unexpectedInSoak: number;
  cheapP95Ms: number;
  slowestUnavailableMs: number;
  backupExact: boolean | null;
}

export const CHEAP_P95_TARGET_MS = 100;

export function verdictOf(results: ProofResults): Verdict {
  const sum = <T>(rows: T[], pick: (row: T) => number) => rows.reduce((total, row) => total + pick(row), 0);
  return {
    leaks: results.hostile?.leaks ?? 0,
    unintendedWrites: results.hostile?.unintendedWrites ?? 0,
    hostileUnexpected: results.hostile
      ? results.hostile.unexpectedErrors + results.hostile.storedViolations + results.hostile.fixtureFailures
      : 0,
    lostWrites: sum(results.races, (r) => r.lost) + sum(results.faults, (f) => f.lost),
    notUndoable: sum(results.races, (r) => r.notUndoable),
    halfWritten: sum(results.faults, (f) => f.halfWritten),
    unexpectedInSoak: results.soak.unexpected,
    cheapP95Ms: results.soak.byGroup.cheap.p95,
    slowestUnavailableMs: Math.max(0, ...results.faults.map((f) => f.slowestUnavailableMs)),
    backupExact: results.backup ? results.backup.exact : null,
  };
}

export function passed(v: Verdict): boolean {
  return (
    v.leaks === 0 &&
    v.unintendedWrites === 0 &&
    v.hostileUnexpected === 0 &&
    v.lostWrites === 0 &&
    v.notUndoable === 0 &&
    v.halfWritten === 0 &&
    v.unexpectedInSoak === 0 &&
    v.cheapP95Ms < CHEAP_P95_TARGET_MS &&
    v.slowestUnavailableMs < 1000 &&
    v.backupExact !== false
  );
}

const table = (head: string[], rows: (string | number)[][]) =>
  [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

const codes = (counts: Record<string, number>) =>
  Object.entries(counts)
    .sort((a, b) => b[1] - a[1])
    .map(([code, n]) => `${code} ${n}`)
    .join(', ') || '—';

export function renderProof(results: ProofResults): string {
  const v = verdictOf(results);
  const lines: string[] = [];
  lines.push(`# Proof: lose nothing, let no one in, stay up (${results.form} form)`, '');
  lines.push(
    `Run on ${results.startedAt} by \`npm run prove${results.form === 'full' ? '' : ' -- --reduced'}\` in ${results.durationS} s: ${results.machine}. ` +
      'The server ran as a real process (`tsx server/main.ts`, its embedded Neo4j under it) on a fresh data directory with the seeded case, ' +
      'reached over loopback HTTP; every figure below was counted in this run.',
    '',
  );
  lines.push('## Verdict', '');
  lines.push(
    table(
      ['what', 'found', 'wanted'],
      [
        ['leaks (stack traces, Cypher, class names, paths in replies)', v.leaks, 0],
        ['unintended writes (anonymous or refused requests that changed the graph)', v.unintendedWrites, 0],
        ['hostile inputs met with an unexpected error or stored against the rules', v.hostileUnexpected, 0],
        ['acknowledged writes lost (races and faults)', v.lostWrites, 0],
        ['acknowledged merges that could not be undone', v.notUndoable, 0],
        ['writes half-written by a fault', v.halfWritten, 0],
        ['"Unexpected error." or no answer in the soak', v.unexpectedInSoak, 0],
        ['cheap reads p95 while hostile and expensive ones run (ms)', v.cheapP95Ms, `< ${CHEAP_P95_TARGET_MS}`],
        ['slowest DATABASE_UNAVAILABLE reply to a request sent while Neo4j was down (ms)', v.slowestUnavailableMs, '< 1000'],
        ['backup → restore exact', v.backupExact === null ? 'not run' : v.backupExact ? 'yes' : 'NO', 'yes'],
      ],
    ),
    '',
    `**${passed(v) ? 'Every check passed.' : 'Some checks failed: see above.'}**`,
    '',
  );
  if (results.hostile) {
    const h = results.hostile;
    lines.push('## Hostile input', '');
    lines.push(
      `${h.valuesTried} hostile values (prototype names, megabyte strings, NUL, bidirectional controls, lone surrogates, Cypher, Lucene, ` +
        `GraphQL and HTML injections, CSV formulas, path traversal, confusables, out-of-range numbers, deep nesting…), each sent to every one of ` +
        `${h.slots} arguments and input fields of every query (anonymously) and mutation (anonymously and as an editor), the other arguments ` +
        `valid: ${h.inputsTried} requests in ${h.durationS} s. ${h.refusals} refused with a coded error (${codes(h.refusalCodes)}), ` +
        `${h.accepted} accepted; ${h.unexpectedErrors} unexpected errors, ${h.leaks} leaks, ${h.unintendedWrites} unintended writes, ` +
        `${h.storedViolations} stored values no rule allows, ${h.fixtureFailures} requests not sent for want of a fixture.`,
      '',
    );
    if (h.examples.length > 0) lines.push(...h.examples.map((e) => `- ${e.kind} (${e.role}) at ${e.where}: ${e.detail}`), '');
  }
  lines.push('## Concurrent edits', '');
  lines.push(
    table(
      ['race', 'rounds', 'requests', 'acknowledged', 'refused (clean)', 'lost', 'not undoable', 'unexpected'],
      results.races.map((r) => [r.name, r.rounds, r.attempts, r.acknowledged, codes(r.refused), r.lost, r.notUndoable, r.unexpected]),
    ),
    '',
  );
  lines.push('## Faults', '');
  lines.push(
    table(
      [
        'fault',
        'acknowledged',
        'lost',
        'unanswered or refused',
        'half-written',
        'DATABASE_UNAVAILABLE replies (slowest sent while down, ms)',
        'slowest under way at the kill (ms)',
        'back after (ms)',
        'unexpected',
      ],
      results.faults.map((f) => [
        f.name,
        f.acknowledged,
        f.lost,
        f.unacknowledged,
        f.halfWritten,
        `${f.unavailableReplies} (${f.slowestUnavailableMs})`,
        f.slowestInFlightMs,
        f.recoveredAfterMs,
        f.unexpected,
      ]),
    ),
    '',
  );
  const s = results.soak;
  lines.push('## Soak', '');
  lines.push(
    `${s.clients} clients for ${s.seconds} s over loopback, each pausing ${s.thinkMs} ms between its requests (${(s.requests / s.seconds).toFixed(0)} requests/s served): half reading cheaply (an entity, a search, the vocabulary), a fifth asking expensive ` +
      'questions (depth-3 neighbourhoods, traces, betweenness, the overview, a GraphML export), the rest sending hostile requests ' +
      '(fifteen aliased centralities, Lucene syntax, huge `first`, control characters in ids, forged tokens, over-deep queries) or ' +
      `writing (entities, aliases, links, merges and their undo). ${s.requests} requests.`,
    '',
  );
  lines.push(
    table(
      ['clients', 'requests', 'answered', 'refused (clean)', 'unexpected', 'p50 ms', 'p95 ms', 'p99 ms'],
      Object.entries(s.byGroup).map(([group, g]) => [group, g.requests, g.ok, g.refused, g.unexpected, g.p50, g.p95, g.p99]),
    ),
    '',
    table(
      ['question', 'requests', 'answered', 'refused (clean)', 'unexpected', 'p50 ms', 'p95 ms'],
      Object.entries(s.byOperation).map(([op, g]) => [op, g.requests, g.ok, g.refused, g.unexpected, g.p50, g.p95]),
    ),
    '',
    `Refusals by code: ${codes(s.refusals)}.`,
    '',
    `Cheap reads' p95 in each tenth of the run (ms): ${s.cheapP95OverTime.join(', ')}.`,
    '',
    `Memory (resident): server ${s.memory.start.nodeMiB} → ${s.memory.end.nodeMiB} MiB, Neo4j ${s.memory.start.neo4jMiB} → ${s.memory.end.neo4jMiB} MiB.`,
    '',
  );
  if (s.unexpectedExamples.length > 0) lines.push('Unexpected replies seen:', '', ...s.unexpectedExamples.map((e) => `- ${e}`), '');
  if (results.backup) {
    const b = results.backup;
    lines.push('## Backup and restore', '');
    lines.push(
      `After the soak, \`npm run backup\` wrote ${b.nodes} nodes and ${b.relationships} links (${(b.bytes / 1024).toFixed(0)} KiB) in ${b.backupMs} ms while the server ran; ` +
        `\`npm run restore\` loaded them into an empty database in ${b.restoreMs} ms (both times include starting the tool, and the restore ` +
        `starting its own Neo4j). The hash over every node, link and property ${b.exact ? 'matched' : 'DID NOT match'}.`,
      '',
    );
    if (b.problem) lines.push('```', b.problem, '```', '');
  }
  const examples = [...results.races.flatMap((r) => r.examples), ...results.faults.flatMap((f) => f.examples)];
  if (examples.length > 0) lines.push('## Examples of what went wrong', '', ...examples.map((e) => `- ${e}`), '');
  return lines.join('\n');
}
