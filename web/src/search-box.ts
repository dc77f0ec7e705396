// Search as you type: a debounced query, a keyboard-navigable list of hits with their kind and matched alias.
import { ApiError } from './api.js';
import type { SearchHitData } from './api-types.js';

export interface SearchBoxOptions {
  input: HTMLInputElement;
  list: HTMLUListElement;
  search: (text: string) => Promise<SearchHitData[]>;
  onChoose: (hit: SearchHitData) => void;
  onError: (message: string) => void;
}

export function attachSearchBox({ input, list, search, onChoose, onError }: SearchBoxOptions): void {
  let hits: SearchHitData[] = [];
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let latest = 0;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    active = -1;
  };
  const render = () => {
    list.replaceChildren(
      ...hits.map((hit, index) => {
        const item = document.createElement('li');
        item.id = `search-hit-${index}`;
        item.setAttribute('role', 'option');
        item.setAttribute('aria-selected', String(index === active));
        const name = document.createElement('span');
        name.textContent = hit.matched === hit.entity.name ? hit.entity.name : `${hit.entity.name} (${hit.matched})`;
        const kind = document.createElement('span');
        kind.className = 'kind';
        kind.textContent = hit.entity.subkind ?? hit.entity.kind;
        item.append(name, kind);
        item.addEventListener('mousedown', (event) => {
          event.preventDefault();
          choose(index);
        });
        return item;
      }),
    );
    list.hidden = hits.length === 0;
    input.setAttribute('aria-expanded', String(hits.length > 0));
    if (active >= 0) input.setAttribute('aria-activedescendant', `search-hit-${active}`);
    else input.removeAttribute('aria-activedescendant');
  };
  const choose = (index: number) => {
    const hit = hits[index];
    if (!hit) return;
    input.value = hit.entity.name;
    close();
    onChoose(hit);
  };
  const query = async () => {
    const text = input.value.trim();
    const ticket = ++latest;
    if (text.length < 2) {
      hits = [];
      render();
      return;
    }
    try {
      const found = await search(text);
      if (ticket !== latest) return;
      hits = found;
      active = hits.length > 0 ? 0 : -1;
      render();
    } catch (error) {
      onError(error instanceof ApiError ? error.message : 'Search failed.');
    }
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void query(), 150);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (hits.length === 0) return;
      event.preventDefault();
      active = (active + (event.key === 'ArrowDown' ? 1 : hits.length - 1)) % hits.length;
      render();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      choose(active >= 0 ? active : 0);
    } else if (event.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 100));
}
