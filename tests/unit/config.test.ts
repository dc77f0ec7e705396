import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../../server/config.js';

describe('parseConfig', () => {
  it('uses the documented defaults and the embedded database when NEO4J_URI is unset', () => {
    expect(parseConfig({})).toMatchObject({ port: 4000, dataDir: './data', neo4jBoltPort: 7687, neo4j: null });
  });

  it('connects to an external database when NEO4J_URI is set', () => {
    const config = parseConfig({ NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io', NEO4J_USER: 'reader', NEO4J_PASSWORD: 's3cret' });
    expect(config.neo4j).toEqual({ uri: 'neo4j+s://abc.databases.neo4j.io', user: 'reader', password: 's3cret' });
  });

  it('lists every problem at once', () => {
    let error: unknown;
    try {
      parseConfig({ PORT: 'abc', NEO4J_BOLT_PORT: '70000', NEO4J_URI: 'http://localhost:7474', NEO4J_PASWORD: 'x' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    expect(problems).toContain('PORT must be an integer from 0 to 65535, got "abc"');
    expect(problems).toContain('NEO4J_BOLT_PORT must be an integer from 1 to 65535, got "70000"');
    expect(problems).toContain('NEO4J_URI must look like bolt://');
    expect(problems).toContain('unknown setting NEO4J_PASWORD');
    expect((error as ConfigError).problems).toHaveLength(4);
  });

  it('reads the origins allowed besides its own, the rate-limit switch and the read budget, refusing malformed ones', () => {
    expect(parseConfig({})).toMatchObject({ corsOrigins: [], rateLimits: true, queryBudgetMs: 1000 });
    expect(
      parseConfig({ CORS_ORIGINS: 'https://a.example, http://localhost:5173', RATE_LIMITS: 'false', QUERY_BUDGET_MS: '2500' }),
    ).toMatchObject({
      corsOrigins: ['https://a.example', 'http://localhost:5173'],
      rateLimits: false,
      queryBudgetMs: 2500,
    });
    expect(() => parseConfig({ CORS_ORIGINS: 'https://a.example/path', QUERY_BUDGET_MS: '5', RATE_LIMTS: 'x' })).toThrow(
      /unknown setting RATE_LIMTS[\s\S]*CORS_ORIGINS must list origins[\s\S]*QUERY_BUDGET_MS must be an integer from 100/,
    );
  });

  it("chooses the embedded database's Java compiler by the cores unless NEO4J_JIT says", () => {
    expect(parseConfig({}).neo4jJit).toBe(availableParallelism() <= 2 ? 'quick' : 'full');
    expect(parseConfig({ NEO4J_JIT: 'full' }).neo4jJit).toBe('full');
    expect(parseConfig({ NEO4J_JIT: ' Quick ' }).neo4jJit).toBe('quick');
    expect(() => parseConfig({ NEO4J_JIT: 'c2' })).toThrow('NEO4J_JIT must be quick or full, got "c2"');
  });
});
