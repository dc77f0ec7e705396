// One proof run: a fresh server, then the races, the faults, the soak (and, when given, the hostile corpus and the
// backup round trip), in that order, on the same server. Used by `npm run prove` (full form) and by the test suite
// (reduced form).
import os from 'node:os';
import { backupRoundTrip } from './backup-round-trip.js';
import { crashServerMidWrite, killNeo4jUnderLoad } from './faults.js';
import { hostileRound } from './hostile-round.js';
import { runRaces } from './races.js';
import type { ProofResults } from './report.js';
import { runSoak } from './soak.js';
import { startTarget } from './target.js';

export interface ProofForm {
  form: 'full' | 'reduced';
  raceRounds: number;
  soakSeconds: number;
  soakClients: number;
  /** Each soak client's pause between requests, ms. */
  soakThinkMs: number;
  /** Hostile corpus values sent to every argument; all of them when undefined, none when 0. */
  hostileValues?: number;
  log?: (line: string) => void;
}

export const FULL: ProofForm = { form: 'full', raceRounds: 50, soakSeconds: 300, soakClients: 16, soakThinkMs: 100 };
export const REDUCED: ProofForm = { form: 'reduced', raceRounds: 3, soakSeconds: 20, soakClients: 16, soakThinkMs: 100, hostileValues: 30 };

export function describeMachine(): string {
  const cpus = os.cpus();
  return `${cpus.length} cores (${cpus[0]?.model.trim() ?? 'unknown'}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
}

export async function prove(form: ProofForm): Promise<ProofResults> {
  const log = form.log ?? (() => {});
  const began = performance.now();
  const run = Math.random().toString(36).slice(2, 8);
  log('Starting the server on a fresh data directory…');
  const target = await startTarget({ env: { QUERY_BUDGET_MS: '1000' } });
  try {
    const results: ProofResults = {
      startedAt: new Date().toISOString().replace('T', ' ').slice(0, 16) + ' UTC',
      form: form.form,
      machine: describeMachine(),
      durationS: 0,
      races: [],
      faults: [],
      soak: undefined as never,
    };
    log(`Races, ${form.raceRounds} rounds each…`);
    results.races = await runRaces(target, form.raceRounds, run);
    log('Faults: Neo4j killed under load…');
    results.faults.push(await killNeo4jUnderLoad(target, run));
    log('Faults: the server killed mid-write…');
    results.faults.push(await crashServerMidWrite(target, run));
    log(`Soak: ${form.soakClients} clients for ${form.soakSeconds} s…`);
    results.soak = await runSoak(target, { seconds: form.soakSeconds, clients: form.soakClients, thinkMs: form.soakThinkMs, run });
    log('Backup of the grown database, restored into a new one…');
    results.backup = await backupRoundTrip(target);
    if (form.hostileValues !== 0) {
      log(`Hostile corpus (${form.hostileValues ?? 'all'} values) in every argument…`);
      results.hostile = await hostileRound(target, run, form.hostileValues, log);
    }
    results.durationS = Math.round((performance.now() - began) / 1000);
    return results;
  } catch (error) {
    log(target.log().slice(-4000));
    throw error;
  } finally {
    await target.stop();
  }
}
