// The empty state suggests where to start: the most-connected entities of whatever case is loaded.
import { suggestions } from './queries.js';

export async function showSuggestions(container: HTMLElement, start: (id: string) => void): Promise<void> {
  const entities = await suggestions(6);
  container.replaceChildren(
    ...entities.map((entity) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = entity.name;
      button.addEventListener('click', () => start(entity.id));
      return button;
    }),
  );
}
