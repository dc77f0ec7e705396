// npm run token -- create --name <who> --role reader|editor|admin  |  list  |  revoke --id <id>
import { parseArgs } from 'node:util';
import { runCommand, withCommandDatabase } from '../command.js';
import { createToken, listTokens, revokeToken, ROLES, type Role } from '../auth/tokens.js';

const USAGE = 'usage: npm run token -- create --name <who> --role reader|editor|admin | list | revoke --id <token id>';

async function main(): Promise<void> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { name: { type: 'string' }, role: { type: 'string' }, id: { type: 'string' } },
  });
  const command = positionals[0];
  if (command === 'create' && (!values.name || !(ROLES as readonly string[]).includes(values.role ?? '')))
    throw new Error(`create needs --name and --role (${ROLES.join(', ')}). ${USAGE}`);
  if (command === 'revoke' && !values.id) throw new Error(`revoke needs --id. ${USAGE}`);
  if (!['create', 'list', 'revoke'].includes(command ?? '')) throw new Error(USAGE);
  await withCommandDatabase(
    async (db) => {
      if (command === 'create') {
        const { id, token } = await createToken(db, values.name!, values.role as Role);
        console.log(`Token ${id} for ${values.name} (${values.role}). Shown once, store it now:\n${token}`);
      } else if (command === 'list') {
        for (const t of await listTokens(db))
          console.log(`${t.id}  ${t.role.padEnd(6)}  ${t.name}  created ${t.createdAt}${t.revokedAt ? `  revoked ${t.revokedAt}` : ''}`);
      } else if (!(await revokeToken(db, values.id!))) {
        throw new Error(`No token has id ${values.id}`);
      } else {
        console.log(`Revoked ${values.id}`);
      }
    },
    undefined,
    { existingStore: true },
  );
}

runCommand(main);
