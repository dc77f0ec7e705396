// The proof in its reduced form: a real server process, the concurrent-edit races, Neo4j killed under load, the server
// killed mid-write, and a short soak — no acknowledged write lost, nothing half-written, every merge undoable, no
// unexpected error. Latency is reported by `npm run prove`, not asserted here (this machine may be busy).
import { describe, expect, it } from 'vitest';
import { prove, REDUCED } from '../../bench/prove/prove.js';
import { renderProof, verdictOf } from '../../bench/prove/report.js';

describe('npm run prove, reduced', () => {
  it('loses nothing and fails cleanly through races, faults and a soak', { timeout: 1_200_000 }, async () => {
    const results = await prove({ ...REDUCED, raceRounds: 2, soakSeconds: 15, soakClients: 12, hostileValues: 10 });
    const report = renderProof(results);
    const verdict = verdictOf(results);
    expect({ ...verdict, cheapP95Ms: 0, slowestUnavailableMs: 0 }, report).toEqual({
      leaks: 0,
      unintendedWrites: 0,
      hostileUnexpected: 0,
      lostWrites: 0,
      notUndoable: 0,
      halfWritten: 0,
      unexpectedInSoak: 0,
      cheapP95Ms: 0,
      slowestUnavailableMs: 0,
      backupExact: true,
    });
    // Every race and fault did something: acknowledged changes to check, and clean refusals where a race was lost.
    for (const race of results.races) expect(race.acknowledged, race.name).toBeGreaterThan(0);
    for (const fault of results.faults) expect(fault.acknowledged, fault.name).toBeGreaterThan(0);
    expect(results.faults[0]!.unavailableReplies + results.faults[0]!.unacknowledged).toBeGreaterThan(0);
    expect(results.soak.byGroup.write.ok).toBeGreaterThan(0);
    expect(results.soak.byGroup.hostile.refused).toBeGreaterThan(0);
    expect(results.hostile!.inputsTried).toBeGreaterThan(1000);
  });
});
