// Claims in the evidence panel: contradictions with every side and its quotes (the preferred side marked, with why),
// and the values the sources agree on. Editors edit, delete and rank claims here.
import type { Claim } from './api-types.js';
import { button, confirmButton, el, errorBox, showError } from './dom.js';
import type { EditorActions } from './editor-actions.js';
import type { Conflict } from './graph-elements.js';
import { citationView, type CitationContext } from './source-viewer.js';

export interface ClaimsContext extends CitationContext {
  editor: EditorActions | null;
}

function claimControls(claim: Claim, editor: EditorActions, inContradiction: boolean): HTMLElement {
  const box = el('div', undefined, 'claim-actions');
  const error = errorBox();
  const attempt = (work: Promise<void>) => void work.catch((e: unknown) => showError(error, e));
  box.append(
    button('Edit claim', () => editor.edit({ form: 'claim', id: claim.id, subject: claim.subjectId })),
    confirmButton('Delete claim', `Delete the claim "${claim.attribute}: ${claim.value}"?`, () => attempt(editor.deleteClaim(claim))),
  );
  if (inContradiction && claim.preferred) {
    box.append(button('Clear preference', () => attempt(editor.rank(claim, false, null))));
  } else if (inContradiction) {
    const rank = button('Rank preferred', () => {
      const form = el('form', undefined, 'rank-form');
      const reason = el('input');
      reason.placeholder = 'Why this value? (required)';
      reason.required = true;
      reason.minLength = 3;
      reason.setAttribute('aria-label', 'Why this value is preferred');
      const ok = el('button', 'Prefer this value');
      ok.type = 'submit';
      form.append(
        reason,
        ok,
        button('Cancel', () => form.replaceWith(rank)),
      );
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        attempt(editor.rank(claim, true, reason.value.trim()));
      });
      rank.replaceWith(form);
      reason.focus();
    });
    box.append(rank);
  }
  box.append(error);
  return box;
}

export function contradictionsSection(found: readonly Conflict[], context: ClaimsContext): HTMLElement | null {
  if (found.length === 0) return null;
  const section = el('section');
  section.append(el('h3', '⚠ Sources disagree'));
  for (const conflict of found) {
    const box = el('div', undefined, 'contradiction');
    box.append(el('strong', conflict.attribute));
    const preferred = conflict.claims.find((c) => c.preferred);
    box.append(
      el(
        'p',
        preferred
          ? `An editor ranked “${preferred.value}” preferred; every side stays shown.`
          : 'No side is ranked preferred: the sources disagree.',
        'meta',
      ),
    );
    for (const claim of conflict.claims) {
      const side = el('div', undefined, claim.preferred ? 'claim-side preferred' : 'claim-side');
      side.append(el('p', claim.value, 'claim-value'));
      if (claim.preferred)
        side.append(el('p', `★ Preferred${claim.preferredReason ? `: ${claim.preferredReason}` : ''}`, 'preferred-note'));
      for (const citation of claim.citations) side.append(citationView(citation, context, claim.id, claim.citations.length > 1));
      if (context.editor) side.append(claimControls(claim, context.editor, true));
      box.append(side);
    }
    section.append(box);
  }
  return section;
}

export function statedFactsSection(claims: readonly Claim[], context: ClaimsContext): HTMLElement | null {
  if (claims.length === 0) return null;
  const section = el('section');
  section.append(el('h3', 'Stated facts'));
  const list = el('dl', undefined, 'stated-facts');
  for (const claim of claims) {
    const value = el('dd', `${claim.value} — ${claim.citations.map((c) => c.source.id).join(', ')}`);
    if (context.editor) value.append(claimControls(claim, context.editor, false));
    list.append(el('dt', claim.attribute), value);
  }
  section.append(list);
  return section;
}
