// npm run backup -- [--out FILE]: the whole graph, as one consistent snapshot, to one checked file while the server
// runs. npm run backup -- --verify FILE: does the database hold exactly the graph in FILE?
import { statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { codedMessage } from '../backup/errors.js';
import { verifyBackup } from '../backup/verify-backup.js';
import { writeBackup } from '../backup/write-backup.js';
import { runCommand, withCommandDatabase } from '../command.js';

const USAGE = 'usage: npm run backup -- [--out FILE]  |  npm run backup -- --verify FILE';

const defaultOut = () => `backups/graph-${new Date().toISOString().replace(/[:.]/g, '-')}.jsonl`;
const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

async function backup(): Promise<void> {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { out: { type: 'string' }, verify: { type: 'string' } } });
  if (positionals.length > 0 || (values.out !== undefined && values.verify !== undefined)) throw new Error(USAGE);
  await withCommandDatabase(
    async (db) => {
      const started = performance.now();
      if (values.verify !== undefined) {
        const { file, database } = await verifyBackup(db, values.verify);
        console.log(
          `${values.verify} holds exactly the database's graph: ${file.nodes} nodes, ${file.relationships} relationships, ` +
            `graph hash ${database.hash}.`,
        );
        return;
      }
      const server = await db.driver.getServerInfo();
      const written = await writeBackup(db, values.out ?? defaultOut(), {
        source: `${server.agent ?? 'Neo4j'} at ${server.address ?? 'unknown address'}`,
        log: (line) => console.error(line),
      });
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      const how = written.snapshot.mode === 'quiet' ? 'nothing was written meanwhile' : 'every record was locked while it was read';
      console.log(
        `Backed up ${written.graph.nodes} nodes and ${written.graph.relationships} relationships to ${written.file} ` +
          `(${megabytes(statSync(written.file).size)}) in ${seconds} s; ${how}.`,
      );
      console.log(`SHA-256 ${written.sha256}, graph hash ${written.graph.hash}`);
    },
    (line) => console.error(line),
    { existingStore: true },
  );
}

runCommand(() =>
  backup().catch((error: unknown) => {
    throw new Error(codedMessage(error));
  }),
);
