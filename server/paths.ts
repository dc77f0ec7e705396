// Where the project's files are, independent of the working directory.
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const cypherDir = path.join(projectRoot, 'cypher');
export const seedDir = path.join(projectRoot, 'seed');
export const webDistDir = path.join(projectRoot, 'web', 'dist');
export const neo4jDir = path.join(projectRoot, 'server', 'neo4j');
export const neo4jLibDir = path.join(projectRoot, '.cache', 'neo4j-lib');
