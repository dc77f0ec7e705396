// Fetches the embedded Neo4j's jars with Maven on first use; they are cached in .cache/neo4j-lib.
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { neo4jDir, neo4jLibDir } from '../paths.js';

const run = promisify(execFile);

export class Neo4jSetupError extends Error {
  constructor(
    readonly code: 'JAVA_MISSING' | 'MAVEN_FAILED' | 'NEO4J_START_FAILED' | 'PORT_TAKEN' | 'STORE_LOCKED' | 'NEO4J_TIMEOUT',
    message: string,
  ) {
    super(message);
  }
}

export function jarsPresent(libDir = neo4jLibDir): boolean {
  return existsSync(libDir) && readdirSync(libDir).some((f) => f.startsWith('neo4j-bolt-'));
}

/** Downloads the jars unless present. Writes to a temporary folder first so a failed fetch leaves nothing half-done. */
export async function ensureNeo4jJars(libDir = neo4jLibDir, log: (line: string) => void = console.log): Promise<string> {
  if (jarsPresent(libDir)) return libDir;
  log('Fetching Neo4j jars with Maven (first run only)…');
  const partial = `${libDir}.partial`;
  rmSync(partial, { recursive: true, force: true });
  try {
    await run('mvn', ['-B', '-q', '-f', path.join(neo4jDir, 'pom.xml'), 'dependency:copy-dependencies', `-DoutputDirectory=${partial}`], {
      maxBuffer: 16 * 1024 * 1024,
    });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new Neo4jSetupError('MAVEN_FAILED', `Could not fetch the Neo4j jars with Maven (is mvn installed?): ${detail}`);
  }
  rmSync(libDir, { recursive: true, force: true });
  renameSync(partial, libDir);
  return libDir;
}
