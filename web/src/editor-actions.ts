// What the evidence panel may ask of the page when an editor is signed in. main.ts implements it with the API.
import type { AuditRecord, Claim, CitationInput, EntityData, RelationshipData } from './api-types.js';
import type { EditTarget } from './store.js';

export interface EditorActions {
  /** A selection in a source viewer: fills the form being edited, or cites it for `ownerId`. */
  cite(ownerId: string | null, citation: CitationInput): Promise<void>;
  remove(ownerId: string, citation: CitationInput): Promise<void>;
  edit(target: EditTarget): void;
  deleteEntity(entity: EntityData): Promise<void>;
  deleteLink(rel: RelationshipData): Promise<void>;
  deleteClaim(claim: Claim): Promise<void>;
  rank(claim: Claim, preferred: boolean, reason: string | null): Promise<void>;
  history(id: string): Promise<AuditRecord[]>;
}
