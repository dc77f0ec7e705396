import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Vocabulary } from '../../web/src/api-types.js';
import { graphStylesheet } from '../../web/src/graph-style.js';
import { kindStyle, multiValuedAttributes, subkindsOf, swatchShape, termLabel, typeLabel } from '../../web/src/vocabulary.js';

const VOCABULARY: Vocabulary = {
  kinds: [
    {
      name: 'vessel',
      description: 'A ship.',
      color: '#123456',
      shape: 'star',
      subkinds: [{ name: 'cargo-ship', description: 'Carries goods.' }],
    },
  ],
  relationshipTypes: [{ name: 'SAILED_TO', description: 'went' }],
  roles: [],
  attributes: [
    { name: 'charges', description: 'add up', multiValued: true },
    { name: 'prison term', description: 'contradict', multiValued: false },
  ],
};

describe('the vocabulary drives the page', () => {
  it('labels words in plain language', () => {
    expect(termLabel('criminal-code-article')).toBe('Criminal code article');
    expect(typeLabel('PARTICIPANT_IN')).toBe('participant in');
  });

  it('draws a kind added at run time in its own colour and shape, and an unknown one in grey', () => {
    expect(kindStyle(VOCABULARY.kinds, 'vessel')).toEqual({ colour: '#123456', shape: 'star' });
    expect(kindStyle(VOCABULARY.kinds, 'unheard-of').colour).toBe('#999999');
    const rule = graphStylesheet(VOCABULARY.kinds).find((r) => 'selector' in r && r.selector === 'node[kind = "vessel"]');
    expect(rule && 'style' in rule ? rule.style : null).toMatchObject({ 'background-color': '#123456', shape: 'star' });
  });

  it('offers the subkinds of a kind and knows which attributes add up', () => {
    expect(subkindsOf(VOCABULARY, 'vessel').map((s) => s.name)).toEqual(['cargo-ship']);
    expect([...multiValuedAttributes(VOCABULARY)]).toEqual(['charges']);
  });

  it('imitates node shapes in the legend', () => {
    expect(swatchShape('ellipse').borderRadius).toBe('50%');
    expect(swatchShape('diamond').clipPath).toBe('polygon(50% 0, 100% 50%, 50% 100%, 0 50%)');
    expect(swatchShape('round-rectangle')).toEqual({ borderRadius: '4px', clipPath: 'none' });
  });

  it('names no kind of the seed vocabulary in the page’s code: kinds come from the API', () => {
    const dir = 'web/src';
    const kinds = /\b(person|people|organisations?|instruments?|places?|events?)\b/i;
    const offending: string[] = [];
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
      const code = readFileSync(path.join(dir, file), 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/^\s*\/\/.*$/gm, '')
        .replace(/\s\/\/ .*$/gm, '');
      for (const match of code.matchAll(/'([^'\\\n]|\\.)*'|"([^"\\\n]|\\.)*"|`([^`\\]|\\.)*`/g))
        if (kinds.test(match[0].replace(/\$\{[^}]*\}/g, ''))) offending.push(`${file}: ${match[0]}`);
    }
    expect(offending).toEqual([]);
  });
});
