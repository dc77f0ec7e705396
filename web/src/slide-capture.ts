// What is on screen, taken as a slide: its image with legend, title, date range and source credit; the evidence behind
// it; and the data (entities, links, positions). The image exports, the presentation and the published story use it.
import type { ExportGraph } from '../../domain/export/graph-data.js';
import { slideEvidence, sourceLine, type SlideEvidence } from '../../domain/slide-evidence.js';
import type { Slide } from '../../domain/story.js';
import type { GraphView } from './graph-view.js';
import { creditLine, slideSvg, type ImagePreset } from './slide-image.js';
import type { PublishedSlide } from './story-publish.js';
import { describeDate } from './time-range.js';
import type { ViewState } from './view-state.js';
import { multiValuedAttributes, termLabel } from './vocabulary.js';
import type { Vocabulary } from './api-types.js';

/**
 * What is drawn now: the graph's visible part, or the map's places with their events in the range. The picture and
 * the positions are made only when asked for: the presentation needs neither to list a slide's sources.
 */
export interface Drawn {
  graph: Omit<ExportGraph, 'multiValued'>;
  /** The picture, an SVG document. */
  svg: () => string;
  /** Where each entity is drawn, and the links drawn. */
  data: () => PublishedSlide['data'];
}

export interface OnScreen {
  drawn: () => Drawn;
  view: () => ViewState;
  vocabulary: () => Vocabulary;
}

/** The graph canvas as drawn: what the time range fades is drawn, but neither cited nor listed as shown. */
export function drawnGraph(graph: GraphView): Drawn {
  const cy = graph.cy;
  return {
    graph: graph.visibleGraph(true),
    svg: () => graph.svg(),
    data: () => ({
      nodes: cy
        .nodes(':visible')
        .map((n) => ({ id: n.id(), name: String(n.data('label')), kind: String(n.data('kind')), ...n.position() })),
      edges: cy
        .edges(':visible')
        .map((e) => ({ id: e.id(), type: String(e.data('type')), source: e.source().id(), target: e.target().id() })),
    }),
  };
}

/** The time range a view shows, in words, saying what it does with undated items; null for all time. */
export function rangeLabel(view: Pick<ViewState, 'from' | 'to' | 'undated'>): string | null {
  if (view.from === null && view.to === null) return null;
  const from = view.from === null ? 'the earliest date' : describeDate(view.from);
  const to = view.to === null ? 'the latest' : describeDate(view.to);
  return `${from} – ${to}${view.undated === 'leave-out' ? ' (undated items left out)' : ' (undated items kept)'}`;
}

function withVocabulary(screen: OnScreen, graph: Drawn['graph']): ExportGraph {
  return { ...graph, multiValued: [...multiValuedAttributes(screen.vocabulary())] };
}

export function evidenceOnScreen(screen: OnScreen): SlideEvidence {
  return slideEvidence(withVocabulary(screen, screen.drawn().graph));
}

/**
 * The image of what is on screen, titled `title`, at a preset size; `title` '' leaves it without a heading (the
 * published story prints the slide's own above it). `evidence`: the sources it credits, when already worked out.
 */
export function slideImageSvg(
  screen: OnScreen,
  title: string,
  preset: ImagePreset,
  drawn = screen.drawn(),
  evidence = slideEvidence(withVocabulary(screen, drawn.graph)),
): string {
  const kinds = new Set(drawn.graph.nodes.map((n) => n.kind));
  const legend = screen
    .vocabulary()
    .kinds.filter((k) => kinds.has(k.name))
    .map((k) => ({ label: termLabel(k.name), colour: k.color, shape: k.shape }));
  const credit = creditLine(evidence.sources.map(sourceLine));
  return slideSvg({ graphSvg: drawn.svg(), title, range: title ? rangeLabel(screen.view()) : null, legend, credit, preset });
}

/** The slide on screen as the published story holds it. */
export function publishedSlide(screen: OnScreen, slide: Slide, index: number, preset: ImagePreset): PublishedSlide {
  const title = slide.title || `Slide ${index + 1}`;
  const drawn = screen.drawn();
  const evidence = slideEvidence(withVocabulary(screen, drawn.graph));
  return {
    title,
    caption: slide.caption,
    range: rangeLabel(screen.view()),
    svg: slideImageSvg(screen, '', preset, drawn, evidence),
    evidence,
    data: drawn.data(),
  };
}

/** An SVG document drawn into a PNG of its own size. */
export async function svgToPng(svg: string, width: number, height: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image(width, height);
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('The image could not be drawn from its SVG.'));
      image.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    canvas.getContext('2d')!.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The PNG could not be drawn.'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
