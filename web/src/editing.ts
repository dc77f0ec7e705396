// Editing wired to the API: the evidence panel's editor actions and the Edit tab's forms. After every change the
// cached answers are dropped and the view redrawn from fresh reads, so what is drawn is what the database holds.
import type { CitationInput, SearchHitData, SourceSummary, SourceText } from './api-types.js';
import * as api from './curation-api.js';
import { claimForm } from './claim-form.js';
import type { EditorActions } from './editor-actions.js';
import { entityForm } from './entity-form.js';
import type { EditForm } from './form-shell.js';
import type { GraphView } from './graph-view.js';
import { linkForm } from './link-form.js';
import { history } from './queries.js';
import type { EditTarget, Store } from './store.js';
import { wordForm } from './word-form.js';

export interface EditingDeps {
  store: Store;
  graph: GraphView;
  /** Drops cached answers and redraws. */
  refresh: () => Promise<void>;
  say: (text: string) => void;
  showEditTab: () => void;
  /** After a save: the evidence panel shows what was saved. */
  showDetailsTab: () => void;
  sources: Promise<SourceSummary[]>;
  loadSource: (id: string) => Promise<SourceText | null>;
  search: (text: string) => Promise<SearchHitData[]>;
  reloadVocabulary: () => Promise<void>;
}

export function editorActions(deps: EditingDeps): EditorActions {
  const { store } = deps;
  const done = async (message: string) => {
    await deps.refresh();
    deps.say(message);
  };
  return {
    async cite(ownerId, citation) {
      const editing = store.get().editing;
      const target = editing?.target;
      if (target && target.form !== 'word' && target.id === null) {
        store.dispatch({ type: 'cite', citation });
        deps.showEditTab();
        deps.say('The selection is now the quote of the new fact.');
        return;
      }
      const factId = target && target.form !== 'word' && target.id ? target.id : ownerId;
      if (!factId) throw new Error('Nothing to cite for: select a fact or start a new one.');
      await api.addCitation(factId, citation);
      await done('Citation added.');
    },
    async remove(ownerId, citation) {
      await api.removeCitation(ownerId, citation);
      await done('Citation removed.');
    },
    edit(target) {
      store.dispatch({ type: 'startEditing', target });
      deps.showEditTab();
    },
    async deleteEntity(entity) {
      await api.deleteEntity(entity.id);
      store.dispatch({ type: 'forget', id: entity.id });
      await done(`Deleted ${entity.name}.`);
    },
    async deleteLink(rel) {
      await api.deleteRelationship(rel.id);
      store.dispatch({ type: 'select', id: null });
      await done('Link deleted.');
    },
    async deleteClaim(claim) {
      await api.deleteClaim(claim.id);
      await done('Claim deleted.');
    },
    async rank(claim, preferred, reason) {
      await api.rankClaim(claim.id, preferred, reason);
      await done(preferred ? `“${claim.value}” ranked preferred.` : 'Preference cleared.');
    },
    history: (id) => history(id),
  };
}

/** The form for a target, or null when what it edits is no longer drawn. */
export function buildForm(target: EditTarget, deps: EditingDeps): EditForm | null {
  const { store, graph } = deps;
  const vocabulary = store.get().vocabulary;
  const common = {
    vocabulary,
    sources: deps.sources,
    loadSource: deps.loadSource,
    cite: (citation: CitationInput) => store.dispatch({ type: 'cite', citation }),
    cancel: () => store.dispatch({ type: 'finishEditing' }),
  };
  const finish = async (message: string, then?: () => void) => {
    store.dispatch({ type: 'finishEditing' });
    then?.();
    await deps.refresh();
    deps.showDetailsTab();
    deps.say(message);
  };
  switch (target.form) {
    case 'entity': {
      const before = target.id ? graph.entity(target.id) : null;
      if (target.id && !before) return null;
      return entityForm(before, {
        ...common,
        create: async (input) => {
          const created = await api.createEntity(input);
          await finish(`Created ${created.name}.`, () => store.dispatch({ type: 'expand', id: created.id }));
        },
        update: async (entity, changes) => {
          if (Object.keys(changes.patch).length > 0) await api.updateEntity(entity.id, changes.patch);
          for (const alias of changes.addAliases) await api.addAlias(entity.id, alias.name, alias.reason);
          for (const alias of changes.removeAliases) await api.removeAlias(entity.id, alias);
          await finish(`Saved ${entity.name}.`);
        },
      });
    }
    case 'link': {
      const before = target.id ? graph.relationship(target.id) : null;
      if (target.id && !before) return null;
      const name = (id: string) => graph.entity(id)?.name ?? id;
      const ends = before ? { source: name(before.source.id), target: name(before.target.id) } : { source: '', target: '' };
      return linkForm(before, graph.entity(target.from), ends, {
        ...common,
        search: deps.search,
        create: async (input) => {
          const link = await api.createRelationship(input);
          await finish('Link saved.', () => {
            store.dispatch({ type: 'expand', id: target.from });
            store.dispatch({ type: 'select', id: link.id });
          });
        },
        update: async (rel, patch) => {
          if (Object.keys(patch).length > 0) await api.updateRelationship(rel.id, patch);
          await finish('Link saved.');
        },
      });
    }
    case 'claim': {
      const subject = graph.entity(target.subject);
      if (!subject) return null;
      const before = target.id ? (subject.claims.find((c) => c.id === target.id) ?? null) : null;
      if (target.id && !before) return null;
      return claimForm(before, subject, {
        ...common,
        create: async (input) => {
          await api.createClaim(input);
          await finish('Claim saved.');
        },
        update: async (claim, patch) => {
          if (Object.keys(patch).length > 0) await api.updateClaim(claim.id, patch);
          await finish('Claim saved.');
        },
      });
    }
    case 'word':
      return wordForm(vocabulary, {
        cancel: common.cancel,
        add: async (input) => {
          await api.addVocabularyTerm(input);
          await deps.reloadVocabulary();
          await finish(`Added “${input.name}” to the vocabulary.`);
        },
      });
  }
}
