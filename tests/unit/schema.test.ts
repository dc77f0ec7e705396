import { isEnumType, isInputObjectType, isInterfaceType, isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildSchema } from '../../server/schema/index.js';

describe('the GraphQL schema', () => {
  it('describes every type and every field', () => {
    const schema = buildSchema();
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) if (!field.description) missing.push(`${type.name}.${field.name}`);
      }
      if (isEnumType(type)) expect(type.getValues().length).toBeGreaterThan(0);
    }
    expect(missing).toEqual([]);
  });

  it('serves the contract root fields', () => {
    const fields = Object.keys(buildSchema().getQueryType()!.getFields());
    expect(fields).toEqual(expect.arrayContaining(['search', 'entity', 'neighbourhood', 'paths', 'timeline', 'contradictions', 'sources']));
  });
});
