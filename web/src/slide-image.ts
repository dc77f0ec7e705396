// An image for a slide: the drawing of the graph with a title, the date range, a legend beside it (never over it) and a
// line crediting the sources, at a preset size. Pure string building: the SVG is the image; a PNG is drawn from it.
import { escapeXml } from '../../domain/export/graph-data.js';

export interface ImagePreset {
  name: string;
  width: number;
  height: number;
}

export const IMAGE_PRESETS: readonly ImagePreset[] = [
  { name: 'Slide, 16:9 (1920 × 1080)', width: 1920, height: 1080 },
  { name: 'Projector, 4:3 (1024 × 768)', width: 1024, height: 768 },
  { name: 'Handout, A4 landscape (2480 × 1754)', width: 2480, height: 1754 },
];

export interface LegendEntry {
  label: string;
  colour: string;
  shape: string;
}

export interface SlideImage {
  /** The drawing as Cytoscape's SVG export gives it. */
  graphSvg: string;
  title: string;
  /** "1 Jan 2017 – 31 Dec 2018", or null for all time. */
  range: string | null;
  legend: readonly LegendEntry[];
  /** "Sources: …": who the facts come from. */
  credit: string;
  preset: ImagePreset;
}

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

/** Width and height of an SVG document, from its attributes or its viewBox. */
export function svgSize(svg: string): { width: number; height: number } {
  const open = /<svg\b[^>]*>/i.exec(svg)?.[0] ?? '';
  const number = (name: string) => Number(new RegExp(`\\b${name}="([\\d.]+)`).exec(open)?.[1] ?? NaN);
  const box = /viewBox="[\d.-]+[ ,]+[\d.-]+[ ,]+([\d.]+)[ ,]+([\d.]+)"/.exec(open);
  const width = number('width');
  const height = number('height');
  return { width: width || Number(box?.[1] ?? 1), height: height || Number(box?.[2] ?? 1) };
}

/** An SVG document from its <svg> element on: no XML declaration, no doctype, so that it can sit inside another. */
export function svgElementOf(svg: string): string {
  const start = svg.search(/<svg\b/i);
  return start >= 0 ? svg.slice(start) : svg;
}

/** An SVG document as a nested <svg> placed in a box, aspect kept. */
function nested(svg: string, box: { x: number; y: number; width: number; height: number }): string {
  const body = svgElementOf(svg);
  const { width, height } = svgSize(body);
  const open = /<svg\b[^>]*>/i.exec(body)?.[0] ?? '<svg>';
  const attributes = open
    .replace(/^<svg/i, '')
    .replace(/>$/, '')
    .replace(/\s(width|height|viewBox|x|y|preserveAspectRatio)="[^"]*"/g, '');
  const placed = `<svg${attributes} x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}" viewBox="0 0 ${width} ${height}" preserveAspectRatio="xMidYMid meet">`;
  return placed + body.slice(open.length);
}

function swatch(entry: LegendEntry, x: number, y: number, size: number): string {
  const fill = `fill="${escapeXml(entry.colour)}" stroke="#333" stroke-width="1"`;
  const half = size / 2;
  const cx = x + half;
  const cy = y + half;
  switch (entry.shape) {
    case 'ellipse':
      return `<circle cx="${cx}" cy="${cy}" r="${half}" ${fill}/>`;
    case 'diamond':
      return `<polygon points="${cx},${y} ${x + size},${cy} ${cx},${y + size} ${x},${cy}" ${fill}/>`;
    case 'hexagon': {
      const q = size / 4;
      return `<polygon points="${x + q},${y} ${x + size - q},${y} ${x + size},${cy} ${x + size - q},${y + size} ${x + q},${y + size} ${x},${cy}" ${fill}/>`;
    }
    case 'triangle':
      return `<polygon points="${cx},${y} ${x + size},${y + size} ${x},${y + size}" ${fill}/>`;
    case 'rhomboid': {
      const q = size / 4;
      return `<polygon points="${x + q},${y} ${x + size},${y} ${x + size - q},${y + size} ${x},${y + size}" ${fill}/>`;
    }
    default:
      return `<rect x="${x}" y="${y}" width="${size}" height="${size}" rx="${entry.shape.startsWith('round') ? size / 5 : 0}" ${fill}/>`;
  }
}

/** Cuts a line to fit `max` characters, on a word boundary when it can. */
function fit(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}

/** The slide as one SVG document: title and range above, the graph at left, the legend in its own column, credit below. */
export function slideSvg(image: SlideImage): string {
  const { width, height } = image.preset;
  const unit = Math.max(12, Math.round(height / 45)); // base type size: readable from the back of a room
  const margin = unit * 1.5;
  const titleSize = unit * 2;
  const header = image.title ? margin + titleSize + (image.range ? unit * 1.8 : 0) + unit : margin;
  const footer = unit * 2.6;
  const legendWidth = image.legend.length > 0 ? Math.round(width * 0.18) : 0;
  const graphBox = { x: margin, y: header, width: width - 2 * margin - legendWidth, height: height - header - footer };
  const charsPerLine = (size: number, room: number) => Math.max(10, Math.floor(room / (size * 0.55)));
  const text = (x: number, y: number, size: number, content: string, extra = '', fill = '#111') =>
    `<text x="${x}" y="${y}" font-family='${FONT}' font-size="${size}" fill="${fill}"${extra}>${escapeXml(content)}</text>`;
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
  ];
  if (image.title)
    parts.push(
      text(
        margin,
        margin + titleSize * 0.8,
        titleSize,
        fit(image.title, charsPerLine(titleSize, width - 2 * margin)),
        ' font-weight="700"',
      ),
    );
  if (image.range) parts.push(text(margin, margin + titleSize + unit * 1.3, unit * 1.2, image.range, '', '#333'));
  parts.push(nested(image.graphSvg, graphBox));
  if (legendWidth > 0) {
    const x = width - margin - legendWidth + unit;
    const size = unit;
    parts.push(text(x, header + unit, unit, 'Legend', ' font-weight="700"'));
    image.legend.forEach((entry, i) => {
      const y = header + unit * 2 + i * unit * 1.8;
      parts.push(
        swatch(entry, x, y, size),
        text(x + size * 1.6, y + size * 0.85, unit, fit(entry.label, charsPerLine(unit, legendWidth - size * 2.6))),
      );
    });
  }
  parts.push(text(margin, height - unit, unit * 0.8, fit(image.credit, charsPerLine(unit * 0.8, width - 2 * margin)), '', '#333'));
  parts.push('</svg>');
  return parts.join('\n');
}

/** "Sources: A; B; C and 4 more", from the titles of the sources behind what is drawn. */
export function creditLine(sourceTitles: readonly string[], shown = 3): string {
  if (sourceTitles.length === 0) return 'Sources: none cited for what is shown.';
  const named = sourceTitles.slice(0, shown).join('; ');
  const more = sourceTitles.length - shown;
  return `Sources: ${named}${more > 0 ? ` and ${more} more` : ''}.`;
}
