// Every argument of every field is checked before its resolver runs: each string against the rule of its kind of
// field (length cap, characters, id shape: domain/input-rules.ts, kinds in argument-kinds.ts), each list against the
// item cap. A value that fails is BAD_USER_INPUT naming the argument's path, the rule and, for a character, its code
// point and offset; no resolver, repository or query ever sees it.
import {
  defaultFieldResolver,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { MAX_LIST_ITEMS, fieldProblem } from '../../domain/input-rules.js';
import { domainError } from '../db/errors.js';
import { ARGUMENT_KINDS } from './argument-kinds.js';

/** Past this many problems the rest are not listed: one bad list of a thousand items is one clear message. */
const MAX_PROBLEMS = 5;

const isText = (type: GraphQLInputType) => isScalarType(type) && (type.name === 'String' || type.name === 'ID');

/** The coordinates of every String and ID argument and input field of the schema (`Query.search(text:)`, `EntityInput.name`). */
export function textCoordinates(schema: GraphQLSchema): string[] {
  const found = new Set<string>();
  const visit = (type: GraphQLInputType, coordinate: string, seen: Set<string>) => {
    const inner = isNonNullType(type) || isListType(type) ? type.ofType : type;
    if (inner !== type) return visit(inner as GraphQLInputType, coordinate, seen);
    if (isText(type)) found.add(coordinate);
    if (!isInputObjectType(type) || seen.has(type.name)) return;
    seen.add(type.name);
    for (const field of Object.values(type.getFields())) visit(field.type, `${type.name}.${field.name}`, seen);
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields()))
      for (const arg of field.args) visit(arg.type, `${type.name}.${field.name}(${arg.name}:)`, new Set());
  }
  return [...found].sort();
}

interface Problem {
  /** Where the value is: `input.aliases[2].reason`. */
  path: string;
  message: string;
}

function collectProblems(value: unknown, type: GraphQLInputType, coordinate: string, path: string, problems: Problem[]): void {
  if (value === null || value === undefined || problems.length >= MAX_PROBLEMS) return;
  if (isNonNullType(type)) return collectProblems(value, type.ofType, coordinate, path, problems);
  if (isListType(type)) {
    const items = value as readonly unknown[];
    if (items.length > MAX_LIST_ITEMS)
      problems.push({ path, message: `${path} may hold at most ${MAX_LIST_ITEMS} items, got ${items.length}` });
    else items.forEach((item, index) => collectProblems(item, type.ofType, coordinate, `${path}[${index}]`, problems));
    return;
  }
  if (isInputObjectType(type)) {
    const fields = value as Record<string, unknown>;
    for (const field of Object.values(type.getFields()))
      collectProblems(fields[field.name], field.type, `${type.name}.${field.name}`, `${path}.${field.name}`, problems);
    return;
  }
  if (!isText(type) || typeof value !== 'string') return;
  const kind = ARGUMENT_KINDS[coordinate];
  // guardArguments refuses to start without a kind for every coordinate; this is only a second lock.
  const message = kind ? fieldProblem(path, value, kind) : `${path} has no input rule`;
  if (message) problems.push({ path, message });
}

/** Wraps the resolver of every field that takes arguments so that its arguments are checked first. */
export function guardArguments(schema: GraphQLSchema): GraphQLSchema {
  const missing = textCoordinates(schema).filter((c) => !Object.hasOwn(ARGUMENT_KINDS, c));
  if (missing.length > 0) throw new Error(`No input rule (server/schema/argument-kinds.ts) for: ${missing.join(', ')}`);
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.args.length === 0) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      const args = field.args;
      field.resolve = (source, values, context, info) => {
        const problems: Problem[] = [];
        for (const arg of args) collectProblems(values[arg.name], arg.type, `${type.name}.${field.name}(${arg.name}:)`, arg.name, problems);
        if (problems.length > 0) {
          const messages = problems.map((p) => p.message);
          throw domainError('BAD_USER_INPUT', messages.join('; '), { argument: problems[0]!.path, problems: messages });
        }
        return resolve(source, values, context, info);
      };
    }
  }
  return schema;
}
