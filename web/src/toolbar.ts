// The toolbar's view controls: undo and redo, layout, size, the time range's modes, exports (data, and images at a
// preset size), sharing, slides, and their keyboard shortcuts.
import { download, save, type DownloadKind } from './downloads.js';
import { slideImageSvg, svgToPng, type OnScreen } from './slide-capture.js';
import { IMAGE_PRESETS } from './slide-image.js';
import type { GraphView } from './graph-view.js';
import { multiValuedAttributes } from './vocabulary.js';
import type { Presentation } from './presentation.js';
import type { Store } from './store.js';
import type { LayoutName, SizeBy, UndatedMode } from './view-state.js';

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

export function wireToolbar({
  store,
  graph,
  presentation,
  onScreen,
  addSlide,
  imageTitle,
  say,
}: {
  store: Store;
  graph: GraphView;
  presentation: Presentation;
  onScreen: OnScreen;
  addSlide: () => void;
  /** The title an image of the view on screen carries. */
  imageTitle: () => string;
  say: (text: string, isError?: boolean) => void;
}): void {
  byId('undo').addEventListener('click', () => store.dispatch({ type: 'undo' }));
  byId('redo').addEventListener('click', () => store.dispatch({ type: 'redo' }));
  byId<HTMLSelectElement>('layout').addEventListener('change', (e) =>
    store.dispatch({ type: 'setLayout', layout: (e.target as HTMLSelectElement).value as LayoutName }),
  );
  byId('relayout').addEventListener('click', () => {
    const { graph: history, vocabulary } = store.get();
    void graph.runLayout(
      history.present.layout,
      history.present.roots,
      vocabulary.kinds.map((k) => k.name),
    );
  });
  byId<HTMLSelectElement>('size-by').addEventListener('change', (e) =>
    store.dispatch({ type: 'setSizeBy', sizeBy: (e.target as HTMLSelectElement).value as SizeBy }),
  );
  byId<HTMLInputElement>('time-hide').addEventListener('change', (e) =>
    store.dispatch({ type: 'setHideOutside', hideOutside: (e.target as HTMLInputElement).checked }),
  );
  byId<HTMLSelectElement>('time-undated').addEventListener('change', (e) =>
    store.dispatch({ type: 'setUndated', undated: (e.target as HTMLSelectElement).value as UndatedMode }),
  );
  const sizes = byId<HTMLSelectElement>('image-size');
  sizes.replaceChildren(
    ...IMAGE_PRESETS.map((p, i) => Object.assign(document.createElement('option'), { value: String(i), textContent: p.name })),
  );
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-image]')) {
    button.addEventListener('click', async () => {
      const preset = IMAGE_PRESETS[Number(sizes.value)] ?? IMAGE_PRESETS[0]!;
      const svg = slideImageSvg(onScreen, imageTitle(), preset);
      try {
        if (button.dataset.image === 'svg') save(new Blob([svg], { type: 'image/svg+xml' }), 'persecution-network.svg');
        else save(await svgToPng(svg, preset.width, preset.height), 'persecution-network.png');
      } catch (error) {
        say(error instanceof Error ? error.message : 'The image could not be made.', true);
      }
      byId<HTMLDetailsElement>('export-menu').open = false;
    });
  }
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-export]')) {
    button.addEventListener('click', () => {
      download(graph, button.dataset.export as DownloadKind, [...multiValuedAttributes(store.get().vocabulary)]);
      byId<HTMLDetailsElement>('export-menu').open = false;
    });
  }
  byId('share').addEventListener('click', async () => {
    await navigator.clipboard?.writeText(location.href).catch(() => undefined);
    say(`Link to this view: ${location.href}`);
  });
  byId('add-slide').addEventListener('click', addSlide);
  byId('present').addEventListener('click', () => presentation.start());
  document.addEventListener('keydown', (event) => {
    if (presentation.handleKey(event.key)) return event.preventDefault();
    const target = event.target;
    const typing = target instanceof HTMLInputElement || target instanceof HTMLSelectElement || target instanceof HTMLTextAreaElement;
    if (typing || !(event.ctrlKey || event.metaKey)) return;
    if (event.key === 'z') store.dispatch({ type: 'undo' });
    else if (event.key === 'y') store.dispatch({ type: 'redo' });
  });
}
