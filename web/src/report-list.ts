// Every report taken in, newest first: its title, when and by whom, and how much of it waits for review.
import { button, el } from './dom.js';
import { timeLabel } from './report-proposals.js';
import type { ReportSummary } from './report-types.js';

export function reportList(reports: readonly ReportSummary[], open: (sourceId: string) => void, add: () => void): HTMLElement {
  const box = el('section', undefined, 'report-list');
  box.append(el('h2', `Reports (${reports.length})`));
  if (reports.length === 0) {
    const empty = el('p', 'No report has been taken in yet. ', 'hint');
    empty.append(button('Add a report', add));
    box.append(empty);
    return box;
  }
  const table = el('table');
  const head = el('tr');
  for (const title of ['Report', 'Taken in', 'To review', '']) head.append(el('th', title));
  table.append(el('thead'), el('tbody'));
  table.tHead?.append(head);
  for (const report of reports) {
    const row = el('tr');
    row.dataset.source = report.source.id;
    const title = el('td');
    title.append(button(report.source.title, () => open(report.source.id), 'link-button'));
    const about = [report.source.publisher, report.source.date, report.mediaType].filter(Boolean).join(' · ');
    if (about) title.append(el('div', about, 'meta'));
    const taken = el('td', timeLabel(report.capturedAt));
    if (report.capturedBy) taken.append(el('div', `by ${report.capturedBy}`, 'meta'));
    const counts = el('td', `${report.pendingCount} pending of ${report.proposalCount}`, report.pendingCount > 0 ? 'pending' : 'done');
    const action = el('td');
    action.append(button(report.pendingCount > 0 ? 'Review' : 'Open', () => open(report.source.id)));
    row.append(title, taken, counts, action);
    table.tBodies[0]?.append(row);
  }
  box.append(table);
  return box;
}
