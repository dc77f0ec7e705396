// The shape of the seed files (seed/vocabulary.yaml and seed/cases/<case>/*.yaml), parsed into the domain's records.
// Only the file format lives here; what makes a record valid is domain/records.ts, shared with the API.
import { z } from 'zod';
import type { Citation, ClaimRecord, EntityRecord, RelationshipRecord, SourceRecord } from '../../domain/records.js';
import { COLOR, TYPE_WORD, type Vocabulary } from '../../domain/vocabulary.js';

/** In the files a citation names its source as `source`; everywhere else it is `sourceId`. */
const citation = z
  .strictObject({ source: z.string().min(1), quote: z.string().min(1) })
  .transform((c): Citation => ({ sourceId: c.source, quote: c.quote }));
const citations = z.array(citation).min(1, 'needs at least one citation');
const text = z.string().nullish().transform((v) => v ?? null);

const kindSchema = z.strictObject({
  description: z.string(),
  color: z.string().regex(COLOR, 'must look like #rrggbb').default('#777777'),
  shape: z.string().default('ellipse'),
  subkinds: z.record(z.string(), z.string()).default({}),
});
const attributeSchema = z.strictObject({ description: z.string(), multiValued: z.boolean() });

export const vocabularySchema = z.strictObject({
  kinds: z.record(z.string(), kindSchema),
  relationships: z.record(z.string().regex(TYPE_WORD), z.string()),
  roles: z.record(z.string(), z.string()),
  attributes: z.record(z.string(), attributeSchema).default({}),
}) satisfies z.ZodType<Vocabulary, unknown>;

/** A case's own additions to the shared vocabulary; every part optional. */
export const caseVocabularySchema = vocabularySchema.partial();

export const caseSchema = z.strictObject({ id: z.string().min(1), title: z.string().min(1), description: z.string() });

export const sourceSchema = z.strictObject({
  id: z.string().min(1),
  title: z.string().min(1),
  publisher: text,
  author: text,
  date: text,
  dateNote: text,
  url: text,
  textFile: z.string().min(1),
});

export const entitySchema = z
  .strictObject({
    id: z.string().min(1),
    kind: z.string(),
    subkind: text,
    name: z.string(),
    descriptiveName: z
      .boolean()
      .nullish()
      .transform((v) => v === true),
    aliases: z.array(z.strictObject({ name: z.string(), reason: z.string() })).default([]),
    date: text,
    dateInferred: text,
    description: text,
    citations,
  })
  .transform((e): EntityRecord => e);

export const relationshipSchema = z
  .strictObject({
    id: z.string().min(1),
    type: z.string(),
    from: z.string(),
    to: z.string(),
    role: text,
    date: text,
    dateInferred: text,
    citations,
  })
  .transform((r): RelationshipRecord => r);

export const claimSchema = z
  .strictObject({
    id: z.string().min(1),
    subject: z.string(),
    attribute: z.string(),
    value: z.string(),
    preferred: z
      .boolean()
      .nullish()
      .transform((v) => v === true),
    preferredReason: text,
    citations,
  })
  .transform((c): ClaimRecord => c);

export type CaseInfo = z.infer<typeof caseSchema>;

export interface Dataset {
  vocabulary: Vocabulary;
  /** Every case's vocabulary additions, by case id (the shared vocabulary is `vocabulary` minus these). */
  caseVocabularies: Record<string, Vocabulary>;
  cases: CaseInfo[];
  sources: (SourceRecord & { textFile: string })[];
  entities: (EntityRecord & { caseId: string })[];
  relationships: (RelationshipRecord & { caseId: string })[];
  claims: (ClaimRecord & { caseId: string })[];
}
