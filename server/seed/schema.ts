// The shape of the seed files (seed/vocabulary.yaml and seed/cases/<case>/*.yaml), checked at load time.
import { z } from 'zod';
import { isPartialDate } from '../../domain/dates.js';

const partialDate = z.string().refine(isPartialDate, 'must be an ISO partial date: YYYY, YYYY-MM or YYYY-MM-DD');

export const citationSchema = z.strictObject({
  source: z.string().min(1),
  quote: z.string().min(8, 'a quote must be at least 8 characters'),
});

const citations = z.array(citationSchema).min(1, 'needs at least one citation');

export const vocabularySchema = z.strictObject({
  kinds: z.record(z.string(), z.strictObject({ description: z.string(), subkinds: z.record(z.string(), z.string()) })),
  relationships: z.record(z.string().regex(/^[A-Z][A-Z_]*$/), z.string()),
  roles: z.record(z.string(), z.string()),
});

export const caseSchema = z.strictObject({ id: z.string().min(1), title: z.string().min(1), description: z.string() });

export const sourceSchema = z.strictObject({
  id: z.string().min(1),
  title: z.string().min(1),
  publisher: z.string().nullish(),
  author: z.string().nullish(),
  date: partialDate.nullish(),
  dateNote: z.string().nullish(),
  url: z.url().nullish(),
  textFile: z.string().min(1),
});

export const entitySchema = z.strictObject({
  id: z.string().regex(/^[a-z]+\/[a-z0-9-]+$/, 'must look like kind/kebab-slug'),
  kind: z.string(),
  subkind: z.string().nullish(),
  name: z.string().min(1),
  descriptiveName: z.boolean().nullish(),
  aliases: z.array(z.strictObject({ name: z.string().min(1), reason: z.string().min(3) })).default([]),
  date: partialDate.nullish(),
  dateInferred: z.string().nullish(),
  description: z.string().nullish(),
  citations,
});

export const relationshipSchema = z.strictObject({
  id: z.string().min(1),
  type: z.string(),
  from: z.string(),
  to: z.string(),
  role: z.string().nullish(),
  date: partialDate.nullish(),
  dateInferred: z.string().nullish(),
  citations,
});

export const claimSchema = z.strictObject({
  id: z.string().min(1),
  subject: z.string(),
  attribute: z.string().min(1),
  value: z.string().min(1),
  citations,
});

export type Vocabulary = z.infer<typeof vocabularySchema>;
export type CaseInfo = z.infer<typeof caseSchema>;
export type SourceRecord = z.infer<typeof sourceSchema> & { text: string };
export type EntityRecord = z.infer<typeof entitySchema>;
export type RelationshipRecord = z.infer<typeof relationshipSchema>;
export type ClaimRecord = z.infer<typeof claimSchema>;
export type Citation = z.infer<typeof citationSchema>;

export interface Dataset {
  cases: CaseInfo[];
  sources: SourceRecord[];
  entities: EntityRecord[];
  relationships: RelationshipRecord[];
  claims: ClaimRecord[];
}
