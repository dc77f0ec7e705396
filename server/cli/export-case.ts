// npm run export-case -- <case id> --out <dir>: writes a case as the database holds it (curated edits included) back
// in the seed format, so it can be reviewed, committed and seeded elsewhere. Prints a digest of the whole graph.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { runCommand, withCommandDatabase } from '../command.js';
import { caseFiles, readCaseSnapshot, writeCaseFolder } from '../seed/case-files.js';
import { graphDigest } from '../seed/graph-digest.js';
import { CASE_FILES } from '../seed/read-dataset.js';
import { readVocabulary } from '../repository/vocabulary.js';

const USAGE = 'usage: npm run export-case -- <case id> --out <dir>';

/** Refuses to replace a folder that is neither empty nor a case folder: --out . must not wipe a project. */
function checkTarget(dir: string): void {
  if (!existsSync(dir)) return;
  const names = readdirSync(dir);
  if (names.length > 0 && !names.includes(CASE_FILES.case))
    throw new Error(`${dir} is not empty and holds no ${CASE_FILES.case}; choose an empty folder or a case folder to replace.`);
}

async function exportCase(): Promise<void> {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { out: { type: 'string' } } });
  const caseId = positionals[0];
  if (!caseId || !values.out || positionals.length > 1) throw new Error(USAGE);
  const out = path.resolve(values.out);
  checkTarget(out);
  await withCommandDatabase(
    async (db) => {
      const snapshot = await readCaseSnapshot(db, caseId);
      if (!snapshot) throw new Error(`The database holds no case "${caseId}".`);
      const files = caseFiles(snapshot, Object.keys((await readVocabulary(db)).kinds));
      writeCaseFolder(out, files);
      console.log(
        `Wrote ${files.size} files to ${out}: ${snapshot.sources.length} sources, ${snapshot.entities.length} entities, ` +
          `${snapshot.relationships.length} relationships, ${snapshot.claims.length} claims.`,
      );
      console.log(`Graph digest of the database: ${await graphDigest(db)}`);
    },
    console.log,
    { existingStore: true },
  );
}

runCommand(exportCase);
