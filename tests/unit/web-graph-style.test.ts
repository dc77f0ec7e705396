import type { StylesheetJson } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { scaleSettings } from '../../web/src/graph-scale.js';
import { graphStylesheet, SMALL_VIEW_STYLE } from '../../web/src/graph-style.js';

const KINDS = [{ name: 'person', description: '', color: '#E69F00', shape: 'ellipse', subkinds: [] }];

const block = (sheet: StylesheetJson, selector: string): Record<string, unknown> => {
  const found = sheet.find((b) => 'selector' in b && b.selector === selector);
  if (!found || !('style' in found)) throw new Error(`no ${selector} rule`);
  return found.style as Record<string, unknown>;
};
const selectors = (sheet: StylesheetJson) => sheet.map((b) => ('selector' in b ? b.selector : ''));

describe('the graph stylesheet at each size', () => {
  it('draws a small view with names, curved links with arrows and labels, as it always has', () => {
    const sheet = graphStylesheet(KINDS);
    expect(block(sheet, 'node')).toMatchObject({ label: 'data(label)', 'font-size': 11, 'min-zoomed-font-size': 7 });
    expect(block(sheet, 'edge')).toMatchObject({
      label: 'data(label)',
      'font-size': 9,
      'min-zoomed-font-size': 8,
      'text-rotation': 'autorotate',
      'curve-style': 'bezier',
      'target-arrow-shape': 'triangle',
    });
    expect(selectors(sheet)).not.toContain('core');
  });

  it('sets large type for a projector', () => {
    const sheet = graphStylesheet(KINDS, { ...SMALL_VIEW_STYLE, large: true });
    expect(block(sheet, 'node')['font-size']).toBe(20);
    expect(block(sheet, 'edge')['font-size']).toBe(15);
  });

  it('takes the small view settings from the size of a seeded case', () => {
    const fromSize = graphStylesheet(KINDS, { large: false, scale: scaleSettings({ nodes: 71, edges: 160 }, () => 'none') });
    expect(fromSize).toEqual(graphStylesheet(KINDS));
  });

  it('draws a huge view with straight links, no arrows and no link label styling', () => {
    const sheet = graphStylesheet(KINDS, { large: false, scale: scaleSettings({ nodes: 1667, edges: 3333 }, () => 'software') });
    const edge = block(sheet, 'edge');
    expect(edge).toMatchObject({ label: '', 'curve-style': 'haystack', 'target-arrow-shape': 'none' });
    expect(edge).not.toHaveProperty('text-rotation');
    expect(block(sheet, 'node')['min-zoomed-font-size']).toBe(9);
    // The picture moved while panning has blank surroundings, not grey.
    expect(block(sheet, 'core')['outside-texture-bg-opacity']).toBe(0);
  });

  it('takes names off after the rules that set them, so a kind cannot bring them back', () => {
    const order = selectors(graphStylesheet(KINDS));
    expect(order.indexOf('node.nameless')).toBeGreaterThan(order.indexOf('node[kind = "person"]'));
    expect(block(graphStylesheet(KINDS), 'node.nameless')).toEqual({ label: '' });
  });
});
