import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { creditLine, IMAGE_PRESETS, slideSvg, svgSize } from '../../web/src/slide-image.js';

const GRAPH =
  '<?xml version="1.0"?><!DOCTYPE svg><svg xmlns="http://www.w3.org/2000/svg" width="800" height="400"><circle cx="10" cy="10" r="5"/></svg>';

describe('slide images', () => {
  const preset = IMAGE_PRESETS[0]!;
  const svg = slideSvg({
    graphSvg: GRAPH,
    title: 'Kharkova & the court <2017>',
    range: '2017 – 2018 (undated items kept)',
    legend: [
      { label: 'Person', colour: '#E69F00', shape: 'ellipse' },
      { label: 'Event', colour: '#D55E00', shape: 'diamond' },
    ],
    credit: creditLine(['Report one', 'Report two']),
    preset,
  });

  it('is one well-formed SVG document at the preset size', () => {
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svgSize(svg)).toEqual({ width: 1920, height: 1080 });
    expect(svg).not.toContain('<?xml');
    expect(svg).not.toContain('<!DOCTYPE');
  });

  it('carries the title (escaped), the range, the legend and the credit', () => {
    expect(svg).toContain('Kharkova &amp; the court &lt;2017&gt;');
    expect(svg).toContain('2017 – 2018 (undated items kept)');
    expect(svg).toContain('>Person<');
    expect(svg).toContain('>Event<');
    expect(svg).toContain('Sources: Report one; Report two.');
  });

  it('places the graph in a box that the legend column does not overlap', () => {
    const root = new XMLParser({ ignoreAttributes: false }).parse(svg).svg;
    const nested = root.svg as Record<string, string>;
    const graphRight = Number(nested['@_x']) + Number(nested['@_width']);
    const legendX = Math.min(
      ...(root.text as Record<string, string>[]).filter((t) => t['#text'] === 'Legend').map((t) => Number(t['@_x'])),
    );
    expect(graphRight).toBeLessThanOrEqual(legendX);
    expect(nested['@_viewBox']).toBe('0 0 800 400');
  });

  it('names at most three sources and counts the rest', () => {
    expect(creditLine([])).toBe('Sources: none cited for what is shown.');
    expect(creditLine(['a', 'b', 'c', 'd', 'e'])).toBe('Sources: a; b; c and 2 more.');
  });
});
