// npm run restore -- FILE: loads a backup into an empty database (a new DATA_DIR, or an empty NEO4J_URI). The file is
// checked whole before any database is started; nothing is written unless all of it is sound, and the graph restored
// is compared with the backup's by their graph hashes.
import { parseArgs } from 'node:util';
import { codedMessage } from '../backup/errors.js';
import { validateBackup } from '../backup/read-backup.js';
import { restoreBackup } from '../backup/restore.js';
import { runCommand, withCommandDatabase } from '../command.js';

const USAGE = 'usage: npm run restore -- FILE  (into an empty database: set DATA_DIR to a new folder, or NEO4J_URI to an empty database)';

async function restore(): Promise<void> {
  const { positionals } = parseArgs({ allowPositionals: true, options: {} });
  const file = positionals[0];
  if (!file || positionals.length > 1) throw new Error(USAGE);
  const validated = await validateBackup(file);
  console.error(
    `${file} is a whole backup of ${validated.header.createdAt}: ${validated.nodes} nodes, ${validated.relationships} relationships.`,
  );
  await withCommandDatabase(
    async (db) => {
      const started = performance.now();
      const restored = await restoreBackup(db, file, { validated, log: (line) => console.error(line) });
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      const how = restored.transactions === 1 ? 'in one transaction' : `in ${restored.transactions} transactions`;
      console.log(
        `Restored ${restored.nodes} nodes and ${restored.relationships} relationships ${how}, in ${seconds} s; ` +
          `graph hash ${restored.graphHash} equals the backup's.`,
      );
    },
    (line) => console.error(line),
  );
}

runCommand(() =>
  restore().catch((error: unknown) => {
    throw new Error(codedMessage(error));
  }),
);
