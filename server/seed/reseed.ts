// What a re-seed would overwrite: records the seed files and the database both hold, but with different content —
// curated changes made through the API since the last seed. Listed exactly, so the user can keep them.
import type { Database } from '../db/database.js';
import { CASE_FILES } from './read-dataset.js';
import { claimToFile, entityToFile, readCaseSnapshot, relationshipToFile, sourceToFile } from './case-files.js';
import type { Dataset } from './schema.js';

export interface Overwrite {
  /** The seed file the record is in, e.g. cases/<case>/entities.yaml. */
  file: string;
  id: string;
  /** The fields whose values differ between the files and the database; `removed` when the database no longer has it. */
  fields: string[];
}

function differences<T extends { id: string }>(
  file: string,
  seeded: readonly T[],
  stored: readonly T[],
  toFile: (record: T) => Record<string, unknown>,
): Overwrite[] {
  const inDatabase = new Map(stored.map((r) => [r.id, toFile(r)]));
  return seeded.flatMap((record) => {
    const current = inDatabase.get(record.id);
    // The case was seeded before, so a record it lacks was deleted or merged away since: a re-seed would bring it back.
    if (!current) return [{ file, id: record.id, fields: ['removed'] }];
    const wanted = toFile(record);
    const keys = [...new Set([...Object.keys(wanted), ...Object.keys(current)])];
    const fields = keys.filter((k) => JSON.stringify(wanted[k]) !== JSON.stringify(current[k]));
    return fields.length > 0 ? [{ file, id: record.id, fields }] : [];
  });
}

export async function curatedOverwrites(db: Database, dataset: Dataset): Promise<Overwrite[]> {
  const overwrites: Overwrite[] = [];
  for (const info of dataset.cases) {
    const snapshot = await readCaseSnapshot(db, info.id);
    if (!snapshot) continue;
    const file = (name: string) => `cases/${info.id}/${name}`;
    const ofCase = <T extends { caseId: string }>(records: T[]) => records.filter((r) => r.caseId === info.id);
    const withText = (s: (typeof snapshot.sources)[number]) => ({ ...sourceToFile(s), text: s.text });
    overwrites.push(
      ...differences(file(CASE_FILES.sources), ofCase(dataset.sources), snapshot.sources, withText),
      ...differences(file(CASE_FILES.entities), ofCase(dataset.entities), snapshot.entities, entityToFile),
      ...differences(file(CASE_FILES.relationships), ofCase(dataset.relationships), snapshot.relationships, relationshipToFile),
      ...differences(file(CASE_FILES.claims), ofCase(dataset.claims), snapshot.claims, claimToFile),
    );
  }
  return overwrites;
}
