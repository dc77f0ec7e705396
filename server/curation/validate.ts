// Checks of curation input against the vocabulary and the sources' texts; every problem is reported at once.
import { domainError } from '../db/errors.js';
import { isPartialDate } from '../../domain/dates.js';
import { normaliseSpace } from '../seed/read-dataset.js';
import type { Vocabulary } from '../seed/schema.js';

export interface CitationInput {
  sourceId: string;
  quote: string;
}

export class Problems {
  private readonly list: string[] = [];

  add(problem: string): void {
    this.list.push(problem);
  }

  /** Throws BAD_USER_INPUT naming every problem, if there are any. */
  throwIfAny(): void {
    if (this.list.length > 0) throw domainError('BAD_USER_INPUT', this.list.join('; '), { problems: [...this.list] });
  }
}

export function checkKind(problems: Problems, vocabulary: Vocabulary, kind: string, subkind: string | null | undefined): void {
  const known = vocabulary.kinds[kind];
  if (!known) {
    problems.add(`kind "${kind}" is not one of: ${Object.keys(vocabulary.kinds).join(', ')}`);
    return;
  }
  const subkinds = Object.keys(known.subkinds);
  if (subkinds.length > 0 && !(subkind && subkinds.includes(subkind)))
    problems.add(`subkind "${subkind ?? ''}" is not one of ${kind}'s: ${subkinds.join(', ')}`);
}

export function checkRelationshipWords(problems: Problems, vocabulary: Vocabulary, type: string, role: string | null | undefined): void {
  if (!(type in vocabulary.relationships))
    problems.add(`type "${type}" is not one of: ${Object.keys(vocabulary.relationships).join(', ')}`);
  if (role && !(role in vocabulary.roles)) problems.add(`role "${role}" is not one of: ${Object.keys(vocabulary.roles).join(', ')}`);
}

export function checkDate(problems: Problems, field: string, value: string | null | undefined): void {
  if (value && !isPartialDate(value)) problems.add(`${field} must be an ISO partial date (YYYY, YYYY-MM or YYYY-MM-DD), got "${value}"`);
}

export function checkText(problems: Problems, field: string, value: string | null | undefined, max = 500): void {
  if (value !== undefined && value !== null && (value.trim() === '' || value.length > max))
    problems.add(`${field} must be 1 to ${max} characters`);
}

/** Every citation must name a known source whose text contains the quote (whitespace-normalised). */
export function checkCitations(
  problems: Problems,
  citations: readonly CitationInput[],
  texts: ReadonlyMap<string, string | null>,
  required: boolean,
): void {
  if (required && citations.length === 0) problems.add('at least one citation (a source and a verbatim quote) is required');
  citations.forEach((citation, index) => {
    const text = texts.get(citation.sourceId);
    if (text === undefined || text === null) problems.add(`citations[${index}]: source "${citation.sourceId}" does not exist`);
    else if (citation.quote.trim().length < 8) problems.add(`citations[${index}]: the quote must be at least 8 characters`);
    else if (!normaliseSpace(text).includes(normaliseSpace(citation.quote))) {
      problems.add(`citations[${index}]: the quote is not in the text of source "${citation.sourceId}"`);
    }
  });
}
