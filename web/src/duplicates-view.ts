// The Possible duplicates screen: the pairs the server suggests, likeliest first, each judged from its evidence. Same
// merges (the pair is then shown merged in its place, with Undo), Different drops the pair for good, Unsure keeps it
// listed and marked. After Different, Unsure and Undo the list is read again, so what is shown is what the server holds.
import { ApiError } from './api.js';
import { button, el } from './dom.js';
import { mergedCard, pairCard } from './duplicate-card.js';
import { countsLine, keepAndOther, listItems, pairKey, type MergedPair } from './duplicate-review.js';
import type { DuplicateDecisionData, DuplicateDecisionKind, DuplicateSuggestionData, MergedEntity } from './duplicate-types.js';
import type { GraphTarget } from './proposal-decisions.js';

export interface DuplicatesContext {
  load: () => Promise<DuplicateSuggestionData[]>;
  decide: (keep: string, other: string, decision: DuplicateDecisionKind, reason: string | null) => Promise<DuplicateDecisionData>;
  undoMerge: (mergeId: string) => Promise<MergedEntity>;
  /** Entities were merged or separated: what the graph shows is stale. */
  changed: () => void;
  showInGraph: (target: GraphTarget) => void;
}

const message = (e: unknown) => (e instanceof ApiError ? e.message : 'Something went wrong; the server log has the details.');

export class DuplicatesView {
  readonly element = el('section', undefined, 'duplicates');
  private readonly counts = el('p', '', 'meta duplicates-counts');
  private readonly notice = el('div', undefined, 'review-notice');
  private readonly list = el('div', undefined, 'duplicate-list');
  private suggestions: DuplicateSuggestionData[] = [];
  /** Pairs merged on this screen, kept so their Undo stays at hand. */
  private merged: MergedPair[] = [];

  constructor(private readonly context: DuplicatesContext) {
    const head = el('header', undefined, 'duplicates-head');
    const title = el('div');
    title.append(
      el('h2', 'Possible duplicates'),
      el(
        'p',
        'Entities that are probably one, likeliest first. Judge each pair from its names and quotes: Same merges them (undoable), Different stops suggesting the pair, Unsure keeps it listed, marked.',
        'hint',
      ),
      this.counts,
    );
    head.append(
      title,
      button('Reload', () => void this.reload()),
    );
    this.notice.setAttribute('role', 'status');
    this.list.append(el('p', 'Loading the suggestions…', 'hint'));
    this.element.append(head, this.notice, this.list);
  }

  /** Opened again: read the list afresh, forgetting what was said last time. */
  open(): void {
    this.notice.replaceChildren();
    void this.reload();
  }

  async reload(): Promise<void> {
    this.element.setAttribute('aria-busy', 'true');
    try {
      this.suggestions = await this.context.load();
      this.draw();
    } catch (e) {
      this.list.replaceChildren(el('p', `The suggestions could not be loaded: ${message(e)}`, 'form-error'));
    } finally {
      this.element.removeAttribute('aria-busy');
    }
  }

  private say(text: string): void {
    this.notice.replaceChildren(el('span', text));
  }

  private draw(): void {
    const items = listItems(this.suggestions, this.merged);
    const open = items.flatMap((i) => (i.type === 'pair' ? [i.suggestion] : []));
    this.counts.textContent = countsLine(open);
    this.list.replaceChildren(
      ...items.map((item) =>
        item.type === 'pair'
          ? pairCard(item.suggestion, (keepId, decision, reason) => this.decide(item.suggestion, keepId, decision, reason))
          : mergedCard(item.merged, {
              undo: (m) => this.undo(m),
              show: (m) => this.context.showInGraph({ expand: m.kept.id, select: m.kept.id }),
            }),
      ),
    );
    if (items.length === 0) this.list.append(el('p', 'No pair is suggested: every likely duplicate has been decided.', 'hint'));
  }

  private async decide(s: DuplicateSuggestionData, keepId: string, decision: DuplicateDecisionKind, reason: string | null): Promise<void> {
    const { keep, other } = keepAndOther(s, keepId);
    const done = await this.context.decide(keep.id, other.id, decision, reason);
    const names = `“${s.a.name}” and “${s.b.name}”`;
    if (decision === 'SAME') {
      this.context.changed();
      const at = listItems(this.suggestions, this.merged).findIndex((i) => i.type === 'pair' && pairKey(i.suggestion) === pairKey(s));
      if (done.mergeId) {
        const kept = { id: keep.id, name: keep.name };
        this.merged.push({ key: pairKey(s), mergeId: done.mergeId, kept, merged: { id: other.id, name: other.name }, at });
        this.suggestions = this.suggestions.filter((x) => pairKey(x) !== pairKey(s));
        this.notice.replaceChildren();
        return this.draw();
      }
      this.say(`Merged “${other.name}” into “${keep.name}”; the server named no merge to undo.`);
    } else {
      this.say(
        decision === 'DIFFERENT' ? `Marked different: ${names} will not be suggested again.` : `Marked unsure: ${names} stay listed.`,
      );
    }
    await this.reload();
  }

  private async undo(m: MergedPair): Promise<void> {
    await this.context.undoMerge(m.mergeId);
    this.merged = this.merged.filter((x) => x !== m);
    this.context.changed();
    this.say(`Separated again: “${m.kept.name}” and “${m.merged.name}” are two entities once more.`);
    await this.reload();
  }
}
