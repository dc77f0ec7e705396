// An entity's changes from the audit log (Query.history): what changed, who did it and when, newest first.
import type { AuditRecord } from './api-types.js';
import { button, el, errorBox, showError } from './dom.js';

function when(at: string): string {
  const date = new Date(at);
  return Number.isNaN(date.getTime()) ? at : date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

export function historyItem(record: AuditRecord): HTMLLIElement {
  const item = el('li');
  const time = el('time', when(record.at));
  time.dateTime = record.at;
  item.append(el('span', record.summary, 'summary'), el('span', ` — ${record.actor} (${record.role}), `, 'meta'), time);
  return item;
}

/** A "History" button that loads and lists the changes in place. */
export function historySection(id: string, load: (id: string) => Promise<AuditRecord[]>): HTMLElement {
  const section = el('section', undefined, 'history');
  const error = errorBox();
  const open = button('Show history', () => {
    open.disabled = true;
    load(id)
      .then((records) => {
        const list = el('ol', undefined, 'history-list');
        if (records.length === 0) list.append(el('li', 'No changes recorded since the data was loaded.'));
        for (const record of records) list.append(historyItem(record));
        open.replaceWith(list);
      })
      .catch((e: unknown) => {
        open.disabled = false;
        showError(error, e);
      });
  });
  section.append(el('h3', 'History of changes'), open, error);
  return section;
}
