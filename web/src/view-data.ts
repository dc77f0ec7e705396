// The API answers a view is drawn from, each fetched once and kept while the page is open (undo and shared views
// redraw from here without asking the server again). A failed request is forgotten so it can be retried.
import type { GraphFilter, PathData, SubgraphData } from './api-types.js';
import { neighbourhood, paths } from './queries.js';
import type { ViewState } from './view-state.js';

function memo<T>(cache: Map<string, Promise<T>>, key: string, load: () => Promise<T>): Promise<T> {
  let pending = cache.get(key);
  if (!pending) {
    pending = load();
    cache.set(key, pending);
    pending.catch(() => cache.delete(key));
  }
  return pending;
}

export class ViewData {
  private readonly neighbourhoods = new Map<string, Promise<SubgraphData>>();
  private readonly traces = new Map<string, Promise<PathData[]>>();

  /** After an edit: every answer may have changed. */
  clear(): void {
    this.neighbourhoods.clear();
    this.traces.clear();
  }

  neighbourhood(id: string): Promise<SubgraphData> {
    return memo(this.neighbourhoods, id, () => neighbourhood(id));
  }

  /** The paths of a trace, following only the link types and entity kinds the view shows. */
  trace(view: ViewState): Promise<PathData[]> {
    const { trace } = view;
    if (!trace) return Promise.resolve([]);
    const filter: GraphFilter = {
      ...(view.types.length > 0 ? { types: view.types } : {}),
      ...(view.kinds.length > 0 ? { kinds: view.kinds } : {}),
    };
    const key = JSON.stringify([trace, filter]);
    return memo(this.traces, key, () => paths(trace.from, trace.to, { first: trace.first, maxHops: trace.maxHops, filter }));
  }
}
