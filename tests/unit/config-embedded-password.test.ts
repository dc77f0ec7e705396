import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../../server/config.js';

function problemsOf(env: Record<string, string>): string[] {
  try {
    parseConfig(env);
    return [];
  } catch (error) {
    return (error as ConfigError).problems;
  }
}

describe('NEO4J_EMBEDDED_PASSWORD', () => {
  it('is null by default: the embedded database generates a password and keeps it in DATA_DIR/bolt-password', () => {
    expect(parseConfig({}).neo4jEmbeddedPassword).toBeNull();
  });

  it('sets the embedded database password', () => {
    expect(parseConfig({ NEO4J_EMBEDDED_PASSWORD: 'correct horse battery' }).neo4jEmbeddedPassword).toBe('correct horse battery');
  });

  it('is refused with an external database, whose password is NEO4J_PASSWORD', () => {
    expect(problemsOf({ NEO4J_URI: 'bolt://db:7687', NEO4J_EMBEDDED_PASSWORD: 'long enough' })).toEqual([
      'NEO4J_EMBEDDED_PASSWORD is for the embedded database; with NEO4J_URI set, use NEO4J_PASSWORD',
    ]);
  });

  it('needs 8 characters, as Neo4j does, and no line breaks', () => {
    expect(problemsOf({ NEO4J_EMBEDDED_PASSWORD: 'short' })).toEqual(['NEO4J_EMBEDDED_PASSWORD must have at least 8 characters']);
    expect(problemsOf({ NEO4J_EMBEDDED_PASSWORD: 'two\nlines here' })).toEqual([
      'NEO4J_EMBEDDED_PASSWORD must not contain control characters or line breaks',
    ]);
  });
});
