// Converts Neo4j values (Integers, lists that may be null) into plain JavaScript ones.
import neo4j from 'neo4j-driver';

export function toNumber(value: unknown): number {
  if (neo4j.isInt(value)) return value.toNumber();
  if (typeof value === 'number') return value;
  return Number(value ?? 0);
}

export function toStringList(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : [];
}

export function toOptionalString(value: unknown): string | null {
  return value === null || value === undefined ? null : String(value);
}
