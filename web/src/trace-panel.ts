// The Trace tab: pick two entities, choose how many paths and which link types, and read each step with its evidence.
import type { EntityData, PathData, SearchHitData } from './api-types.js';
import { edgeLabel } from './graph-elements.js';
import { pathVerdict } from './path-honesty.js';
import { attachSearchBox } from './search-box.js';
import { typeLabel } from './vocabulary.js';

export interface TraceRequest {
  from: string;
  to: string;
  first: number;
  maxHops: number;
}

export interface TracePanelOptions {
  search: (text: string) => Promise<SearchHitData[]>;
  onTrace: (request: TraceRequest) => void;
  onSelect: (id: string) => void;
  onError: (message: string) => void;
}

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

export class TracePanel {
  private from: EntityData | null = null;
  private to: EntityData | null = null;
  private readonly steps = byId<HTMLOListElement>('trace-steps');

  constructor(private readonly options: TracePanelOptions) {
    for (const end of ['from', 'to'] as const) {
      attachSearchBox({
        input: byId<HTMLInputElement>(`trace-${end}`),
        list: byId<HTMLUListElement>(`trace-${end}-results`),
        search: options.search,
        onError: options.onError,
        onChoose: (hit) => this.setEnd(end, hit.entity),
      });
    }
    byId<HTMLButtonElement>('trace-run').addEventListener('click', () => this.run());
  }

  setEnd(end: 'from' | 'to', entity: EntityData): void {
    this[end] = entity;
    byId<HTMLInputElement>(`trace-${end}`).value = entity.name;
  }

  /** Fills the form from a view opened by link, so the trace can be changed and re-run. */
  restore(trace: TraceRequest, from: EntityData | null, to: EntityData | null): void {
    if (from) this.setEnd('from', from);
    if (to) this.setEnd('to', to);
    byId<HTMLInputElement>('trace-k').value = String(trace.first);
    byId<HTMLInputElement>('trace-hops').value = String(trace.maxHops);
  }

  private run(): void {
    if (!this.from || !this.to) {
      this.options.onError('Pick both ends of the trace first.');
      return;
    }
    this.options.onTrace({
      from: this.from.id,
      to: this.to.id,
      first: Number(byId<HTMLInputElement>('trace-k').value) || 3,
      maxHops: Number(byId<HTMLInputElement>('trace-hops').value) || 4,
    });
  }

  /** Lists each path with what it rests on (how many sources, whether one states it all) and each step's quote. */
  showPaths(paths: readonly PathData[]): void {
    if (paths.length === 0) {
      this.steps.replaceChildren(
        Object.assign(document.createElement('li'), { textContent: 'No path within these limits. Allow more hops or more link types.' }),
      );
      return;
    }
    this.steps.replaceChildren(
      ...paths.map((path, index) => {
        const item = document.createElement('li');
        const verdict = pathVerdict(path);
        item.className = verdict.stated ? 'path stated' : 'path joined';
        const title = document.createElement('strong');
        title.textContent = `Path ${index + 1}: ${path.length} step${path.length === 1 ? '' : 's'}, ${verdict.sourceCount} source${verdict.sourceCount === 1 ? '' : 's'}`;
        const honesty = document.createElement('p');
        honesty.className = 'verdict';
        honesty.textContent = `${verdict.stated ? '' : '⚠ '}${verdict.text}${verdict.stated ? '' : ' Drawn dotted: it is not one stated connection.'}`;
        const list = document.createElement('ol');
        path.edges.forEach((edge, i) => {
          const a = path.nodes[i];
          const b = path.nodes[i + 1];
          const step = document.createElement('li');
          const link = document.createElement('button');
          link.type = 'button';
          link.className = 'step';
          const forward = edge.source.id === a?.id;
          link.textContent = `${a?.name} ${forward ? '—' : '←'} ${edgeLabel(edge)} ${forward ? '→' : '—'} ${b?.name}`;
          link.addEventListener('click', () => this.options.onSelect(edge.id));
          const quote = document.createElement('blockquote');
          quote.textContent = edge.citations[0] ? `“${edge.citations[0].quote}” [${edge.citations[0].source.id}]` : '';
          step.append(link, quote);
          list.append(step);
        });
        item.append(title, honesty, list);
        return item;
      }),
    );
  }

  setTypes(types: readonly string[], selected: readonly string[], onChange: (types: string[]) => void): void {
    const fieldset = byId<HTMLFieldSetElement>('trace-types');
    const legend = fieldset.querySelector('legend')!;
    fieldset.replaceChildren(legend);
    for (const type of types) {
      const label = document.createElement('label');
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.value = type;
      box.checked = selected.length === 0 || selected.includes(type);
      box.addEventListener('change', () => {
        const checked = [...fieldset.querySelectorAll<HTMLInputElement>('input:checked')].map((b) => b.value);
        onChange(checked.length === types.length ? [] : checked);
      });
      label.append(box, ` ${typeLabel(type)}`);
      fieldset.append(label);
    }
  }
}
