// A dossier: everything the graph holds about one actor, as a document to print and hand over. Its links in date order
// (by the link's date, else by the date of the happening it links to, said so; undated ones last), the claims about it and about the dated happenings it takes part in (a
// sentence's terms belong in the defendant's dossier), every contradiction with all its sides, and each quote
// numbered against a list of the sources it comes from.
import { compareDates } from './dates.js';
import { otherValues } from './records.js';
import { sourceNumbering, type NumberedQuote, type NumberedSource } from './source-list.js';
import type { ExportClaim, ExportEdge, ExportNode } from './export/graph-data.js';

export type DossierSource = NumberedSource;
export type DossierQuote = NumberedQuote;

export interface DossierLink {
  id: string;
  date: string | null;
  /** When the link has no date of its own, the date of the dated happening at its other end (an arrest, a trial). */
  otherDate: string | null;
  /** The relationship type, the role, and the other end, as the graph has them. */
  type: string;
  role: string | null;
  /** `out`: the actor is the link's source; `in`: its target. */
  direction: 'out' | 'in';
  other: { id: string; name: string; kind: string };
  quotes: DossierQuote[];
}

export interface DossierClaim {
  id: string;
  /** The entity the claim is about: the actor, or a dated happening it takes part in. */
  subject: { id: string; name: string };
  attribute: string;
  value: string;
  preferred: boolean;
  preferredReason: string | null;
  /** The other values sources give for the same single-valued attribute; empty when none disagree. */
  otherValues: string[];
  quotes: DossierQuote[];
}

export interface Dossier {
  entity: ExportNode;
  /** Quotes that name the actor itself. */
  quotes: DossierQuote[];
  links: DossierLink[];
  claims: DossierClaim[];
  sources: DossierSource[];
}

export function buildDossier(
  entityId: string,
  graph: { nodes: readonly ExportNode[]; edges: readonly ExportEdge[] },
  multiValued: readonly string[],
): Dossier | null {
  const entity = graph.nodes.find((n) => n.id === entityId);
  if (!entity) return null;
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const { sources, quotes } = sourceNumbering();

  const own = quotes(entity.citations);
  const incident = graph.edges
    .filter((e) => e.source.id === entityId || e.target.id === entityId)
    .map((e) => ({ edge: e, other: byId.get(e.source.id === entityId ? e.target.id : e.source.id) }))
    .filter((x): x is { edge: ExportEdge; other: ExportNode } => x.other !== undefined)
    .sort((a, b) => compareDates(a.edge.date ?? a.other.date, b.edge.date ?? b.other.date) || a.other.name.localeCompare(b.other.name));
  const links: DossierLink[] = incident.map(({ edge, other }) => ({
    id: edge.id,
    date: edge.date ?? null,
    otherDate: edge.date ? null : (other.date ?? null),
    type: edge.type,
    role: edge.role ?? null,
    direction: edge.source.id === entityId ? 'out' : 'in',
    other: { id: other.id, name: other.name, kind: other.kind },
    quotes: quotes(edge.citations),
  }));

  // The actor's claims, then those of the dated happenings it takes part in, in date order.
  const happenings = [...new Map(incident.filter(({ other }) => other.date).map(({ other }) => [other.id, other])).values()].sort((a, b) =>
    compareDates(a.date, b.date),
  );
  const isMultiValued = (attribute: string) => multiValued.includes(attribute);
  const claims = [entity, ...happenings].flatMap((subject) => {
    const about = subject.claims ?? [];
    const others = otherValues(about, isMultiValued);
    return about.map((claim: ExportClaim): DossierClaim => ({
      id: claim.id,
      subject: { id: subject.id, name: subject.name },
      attribute: claim.attribute,
      value: claim.value,
      preferred: claim.preferred === true,
      preferredReason: claim.preferredReason ?? null,
      otherValues: others.get(claim) ?? [],
      quotes: quotes(claim.citations),
    }));
  });
  return { entity, quotes: own, links, claims, sources };
}
