// Valid values for every required argument and every input type of the schema, pointing at the run's own records:
// the hostile driver fills with these whatever it is not attacking. A schema argument without a filler here is named
// by fillerGaps, which the test checks, so a new required argument cannot be skipped silently.
import {
  getNamedType,
  isInputObjectType,
  isListType,
  isNonNullType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { STORY_SLIDE, type FixtureSet } from './hostile-fixtures.js';

type Filler = (set: FixtureSet) => unknown;

/** Arguments of the root fields, by coordinate: all required ones, and optional ones whose default would cost more. */
const ARGUMENTS: Record<string, Filler> = {
  // The neighbourhood of a fixture, not the whole graph.
  'Query.export(id:)': (s) => s.personA(),
  'Query.search(text:)': () => 'Zorbek',
  'Query.entity(id:)': (s) => s.personA(),
  'Query.neighbourhood(id:)': (s) => s.personA(),
  'Query.paths(from:)': (s) => s.personA(),
  'Query.paths(to:)': (s) => s.personB(),
  'Query.export(format:)': () => 'GRAPHML',
  'Query.history(id:)': (s) => s.personA(),
  'Query.source(id:)': (s) => s.fixtures.sourceId,
  'Query.factsOnlyIn(sourceId:)': (s) => s.fixtures.sourceId,
  'Query.report(sourceId:)': (s) => s.reportSource(),
  'Mutation.updateEntity(id:)': (s) => s.personA(),
  'Mutation.deleteEntity(id:)': (s) => s.personA(),
  'Mutation.addAlias(id:)': (s) => s.personA(),
  'Mutation.addAlias(alias:)': (s) => `Zorbek Alias ${s.fixtures.next()}`,
  'Mutation.addAlias(reason:)': () => 'a spelling used in the fixture',
  'Mutation.removeAlias(id:)': (s) => s.personA(),
  'Mutation.removeAlias(alias:)': () => 'Z. Hostilov',
  'Mutation.updateRelationship(id:)': (s) => s.relationship(),
  'Mutation.deleteRelationship(id:)': (s) => s.relationship(),
  'Mutation.updateClaim(id:)': (s) => s.claim(),
  'Mutation.deleteClaim(id:)': (s) => s.claim(),
  'Mutation.rankClaim(id:)': (s) => s.claim(),
  'Mutation.rankClaim(preferred:)': () => true,
  'Mutation.rankClaim(reason:)': () => 'the court record says so',
  'Mutation.addCitation(targetId:)': (s) => s.personA(),
  'Mutation.addCitation(citation:)': (s) => s.fixtures.citation(2),
  'Mutation.removeCitation(targetId:)': (s) => s.personA(),
  'Mutation.removeCitation(citation:)': (s) => s.fixtures.citation(1),
  'Mutation.mergeEntities(survivorId:)': (s) => s.personA(),
  'Mutation.mergeEntities(mergedId:)': (s) => s.personB(),
  'Mutation.mergeEntities(reason:)': () => 'the same person in two fixtures',
  'Mutation.undoMerge(mergeId:)': (s) => s.merge(),
  'Mutation.decideDuplicate(keep:)': (s) => s.personA(),
  'Mutation.decideDuplicate(other:)': (s) => s.personB(),
  'Mutation.decideDuplicate(decision:)': () => 'DIFFERENT',
  'Mutation.acceptProposal(id:)': (s) => s.proposal(),
  'Mutation.rejectProposal(id:)': (s) => s.proposal(),
  'Mutation.acceptProposals(sourceId:)': (s) => s.reportSource(),
  'Mutation.acceptProposals(minConfidence:)': () => 1,
  'Query.story(id:)': (s) => s.story(),
  'Mutation.updateStory(id:)': (s) => s.story(),
  'Mutation.updateStory(version:)': () => 1,
  'Mutation.deleteStory(id:)': (s) => s.story(),
};

/** A valid value of each input type; required fields filled, ids new and marked with the run. */
const INPUTS: Record<string, (set: FixtureSet) => Promise<Record<string, unknown>> | Record<string, unknown>> = {
  CitationInput: (s) => s.fixtures.citation(0),
  AliasInput: (s) => ({ name: `Zorbek Alias ${s.fixtures.next()}`, reason: 'a spelling used in the fixture' }),
  EntityInput: (s) => ({ id: s.fixtures.id('person'), kind: 'person', name: 'Zorbek Hostilov', citations: [s.fixtures.citation(0)] }),
  EntityPatch: () => ({ description: 'A person of the hostile fixture.' }),
  SourceInput: (s) => ({
    id: `hostile-${s.fixtures.run}-source-${s.fixtures.next()}`,
    caseId: s.fixtures.caseId,
    title: 'Another hostile fixture',
    text: 'Zorbek Hostilov was detained again on 5 May 2020.',
  }),
  RelationshipInput: async (s) => ({
    id: s.fixtures.id('rel'),
    type: 'AFFILIATED_WITH',
    from: await s.personA(),
    to: await s.personB(),
    citations: [s.fixtures.citation(2)],
  }),
  RelationshipPatch: () => ({ date: '2020' }),
  ClaimInput: async (s) => ({
    id: s.fixtures.id('claim'),
    subject: await s.personA(),
    attribute: 'prison term',
    value: 'two years',
    citations: [s.fixtures.citation(3)],
  }),
  ClaimPatch: () => ({ value: 'three years' }),
  ReportInput: (s) => ({ text: s.fixtures.reportInputText(), caseId: s.fixtures.caseId }),
  ProposalEdit: () => ({}),
  GraphFilter: () => ({}),
  StoryInput: (s) => ({ title: `Hostile story ${s.fixtures.run}`, slides: [STORY_SLIDE] }),
  SlideInput: () => STORY_SLIDE,
  VocabularyTermInput: () => ({ group: 'ROLE', name: 'hostile-witness', description: 'Someone who saw it happen.' }),
};

export type Path = readonly (string | number)[];

const argumentCoordinate = (parent: string, field: GraphQLField<unknown, unknown>, arg: GraphQLArgument) =>
  `${parent}.${field.name}(${arg.name}:)`;

async function fillInput(type: GraphQLInputType, set: FixtureSet): Promise<unknown> {
  const named = getNamedType(type);
  const make = INPUTS[named.name];
  if (!make) throw new Error(`no filler for the input type ${named.name}`);
  const value = await make(set);
  return isListType(isNonNullType(type) ? type.ofType : type) ? [value] : value;
}

/** A value of `type` with `value` put at `path` inside it, everything else filled. */
async function place(type: GraphQLInputType, path: Path, value: unknown, set: FixtureSet): Promise<unknown> {
  if (path.length === 0) return value;
  const inner = isNonNullType(type) ? type.ofType : type;
  const [head, ...rest] = path;
  if (isListType(inner)) return [await place(inner.ofType, rest, value, set)];
  if (!isInputObjectType(inner)) throw new Error(`cannot go into ${String(inner)} at ${String(head)}`);
  const base = { ...((await fillInput(inner, set)) as Record<string, unknown>) };
  const field = inner.getFields()[String(head)]!;
  base[String(head)] = await place(field.type, rest, value, set);
  return base;
}

/** The variables of a request to `field` with `value` at `path` (its first step is an argument), the rest filled. */
export async function variablesFor(
  parent: string,
  field: GraphQLField<unknown, unknown>,
  path: Path,
  value: unknown,
  set: FixtureSet,
): Promise<Record<string, unknown>> {
  const variables: Record<string, unknown> = {};
  for (const arg of field.args) {
    const filler = ARGUMENTS[argumentCoordinate(parent, field, arg)];
    if (arg.name === path[0]) variables[arg.name] = await place(arg.type, path.slice(1), value, set);
    else if (filler) variables[arg.name] = await filler(set);
    else if (isNonNullType(arg.type)) variables[arg.name] = await fillInput(arg.type, set);
  }
  return variables;
}

/** Required arguments and input types the fillers do not cover: empty, or the driver would skip them. */
export function fillerGaps(schema: GraphQLSchema): string[] {
  const gaps: string[] = [];
  for (const root of [schema.getQueryType(), schema.getMutationType()]) {
    for (const field of Object.values(root?.getFields() ?? {})) {
      for (const arg of field.args) {
        const named = getNamedType(arg.type);
        const covered = Object.hasOwn(ARGUMENTS, argumentCoordinate(root!.name, field, arg)) || Object.hasOwn(INPUTS, named.name);
        if (isNonNullType(arg.type) && !covered) gaps.push(argumentCoordinate(root!.name, field, arg));
      }
    }
  }
  for (const type of Object.values(schema.getTypeMap()))
    if (isInputObjectType(type) && !Object.hasOwn(INPUTS, type.name)) gaps.push(type.name);
  return gaps;
}
