// Neo4j property values as JSON that keeps their type: strings and booleans as they are, finite floats as numbers, and
// everything JSON would blur (64-bit integers, -0 and NaN, byte arrays, temporal values, points) as a one-key object
// naming its type, e.g. {"$int":"9007199254740993"} or {"$date":[2017,8,31]}. Lists are arrays of encoded values.
import neo4j, {
  Date as Neo4jDate,
  DateTime,
  Duration,
  Integer,
  LocalDateTime,
  LocalTime,
  Point,
  Time,
  isDate,
  isDateTime,
  isDuration,
  isInt,
  isLocalDateTime,
  isLocalTime,
  isPoint,
  isTime,
} from 'neo4j-driver';

export type EncodedFloat = number | { $float: 'NaN' | 'Infinity' | '-Infinity' | '-0' };
export type EncodedTagged =
  | { $int: string }
  | { $float: 'NaN' | 'Infinity' | '-Infinity' | '-0' }
  | { $bytes: string }
  | { $date: number[] }
  | { $localTime: number[] }
  | { $time: number[] }
  | { $localDateTime: number[] }
  | { $dateTime: (number | string | null)[] }
  | { $duration: string[] }
  | { $point: (number | string)[] };
export type EncodedScalar = string | boolean | number | EncodedTagged;
export type EncodedValue = EncodedScalar | EncodedScalar[];
export type EncodedProperties = Record<string, EncodedValue>;

/** A value that cannot be stored in or read from a backup; the message says which and why. */
export class ValueError extends Error {}

const num = (x: unknown): number => (isInt(x) ? (x as Integer).toNumber() : Number(x));
const str = (x: unknown): string => (isInt(x) ? (x as Integer).toString() : String(x));

function encodeFloat(x: number): EncodedFloat {
  if (Object.is(x, -0)) return { $float: '-0' };
  if (Number.isFinite(x)) return x;
  return { $float: Number.isNaN(x) ? 'NaN' : x > 0 ? 'Infinity' : '-Infinity' };
}

function encodeScalar(value: unknown): EncodedScalar {
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return encodeFloat(value);
  if (typeof value === 'bigint' || isInt(value)) return { $int: String(value) };
  if (value instanceof Int8Array) return { $bytes: Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('base64') };
  if (isDate(value)) return { $date: [num(value.year), num(value.month), num(value.day)] };
  if (isLocalTime(value)) return { $localTime: [num(value.hour), num(value.minute), num(value.second), num(value.nanosecond)] };
  if (isTime(value)) {
    const v = value as Time;
    return { $time: [num(v.hour), num(v.minute), num(v.second), num(v.nanosecond), num(v.timeZoneOffsetSeconds)] };
  }
  if (isDateTime(value)) {
    const v = value as DateTime;
    const offset = v.timeZoneOffsetSeconds === undefined || v.timeZoneOffsetSeconds === null ? null : num(v.timeZoneOffsetSeconds);
    const fields = [v.year, v.month, v.day, v.hour, v.minute, v.second, v.nanosecond].map(num);
    return { $dateTime: [...fields, offset, v.timeZoneId ?? null] };
  }
  if (isLocalDateTime(value)) {
    const v = value as LocalDateTime;
    return { $localDateTime: [v.year, v.month, v.day, v.hour, v.minute, v.second, v.nanosecond].map(num) };
  }
  if (isDuration(value)) return { $duration: [value.months, value.days, value.seconds, value.nanoseconds].map(str) };
  if (isPoint(value)) {
    const coordinates = [value.x, value.y, ...(value.z === undefined ? [] : [value.z])].map((c) => floatAsJson(Number(c)));
    return { $point: [num(value.srid), ...coordinates] };
  }
  const kind = value === null ? 'null' : Array.isArray(value) ? 'a nested list' : (value?.constructor?.name ?? typeof value);
  throw new ValueError(`a value of an unsupported type (${kind})`);
}

/** A float inside a point: a number, or the name of a value JSON has no number for. */
function floatAsJson(x: number): number | string {
  const encoded = encodeFloat(x);
  return typeof encoded === 'number' ? encoded : encoded.$float;
}

export function encodeValue(value: unknown): EncodedValue {
  return Array.isArray(value) ? value.map(encodeScalar) : encodeScalar(value);
}

export function encodeProperties(properties: Record<string, unknown>): EncodedProperties {
  const encoded: EncodedProperties = {};
  for (const [key, value] of Object.entries(properties)) {
    try {
      encoded[key] = encodeValue(value);
    } catch (error) {
      throw new ValueError(`property "${key}" holds ${(error as Error).message}`);
    }
  }
  return encoded;
}

// Decoding: strict, so a damaged or foreign record is refused with what is wrong rather than stored differently.

function integers(raw: unknown, tag: string, length: number | number[]): number[] {
  const lengths = Array.isArray(length) ? length : [length];
  if (!Array.isArray(raw) || !lengths.includes(raw.length) || !raw.every((x) => Number.isSafeInteger(x)))
    throw new ValueError(`${tag} must be a list of ${lengths.join(' or ')} whole numbers`);
  return raw as number[];
}

const SPECIAL_FLOATS: Record<string, number> = { NaN: NaN, Infinity: Infinity, '-Infinity': -Infinity, '-0': -0 };

function decodeFloatName(raw: unknown, tag: string): number {
  if (typeof raw === 'number' && Number.isFinite(raw)) {
    if (Object.is(raw, -0)) throw new ValueError(`${tag} is -0, which is written {"$float":"-0"}`);
    return raw;
  }
  if (typeof raw === 'string' && Object.hasOwn(SPECIAL_FLOATS, raw)) return SPECIAL_FLOATS[raw]!;
  throw new ValueError(`${tag} holds ${JSON.stringify(raw)}, not a float`);
}

/** Builds the driver's value, turning its range checks (a 13th month) into our error. */
function construct<T>(tag: string, build: () => T): T {
  try {
    return build();
  } catch (error) {
    throw new ValueError(`${tag}: ${(error as Error).message}`);
  }
}

type Decoded = { type: string; value: unknown };

function decodeTagged(raw: Record<string, unknown>): Decoded {
  const keys = Object.keys(raw);
  if (keys.length !== 1) throw new ValueError(`an object value must have exactly one type key, got {${keys.join(', ')}}`);
  const tag = keys[0]!;
  const body = raw[tag];
  switch (tag) {
    case '$int':
      if (typeof body !== 'string' || !/^-?\d{1,19}$/.test(body)) throw new ValueError(`$int holds ${JSON.stringify(body)}`);
      if (BigInt(body) > 2n ** 63n - 1n || BigInt(body) < -(2n ** 63n)) throw new ValueError(`$int ${body} is outside 64 bits`);
      return { type: 'INTEGER', value: neo4j.int(body) };
    case '$float':
      if (typeof body !== 'string') throw new ValueError('$float must name NaN, Infinity, -Infinity or -0');
      return { type: 'FLOAT', value: decodeFloatName(body, '$float') };
    case '$bytes':
      if (typeof body !== 'string' || !/^[A-Za-z0-9+/]*={0,2}$/.test(body) || body.length % 4 !== 0)
        throw new ValueError('$bytes must be base64');
      return { type: 'BYTES', value: new Int8Array(Buffer.from(body, 'base64')) };
    case '$date': {
      const [y, m, d] = integers(body, tag, 3);
      return { type: 'DATE', value: construct(tag, () => new Neo4jDate(y!, m!, d!)) };
    }
    case '$localTime': {
      const [h, mi, s, ns] = integers(body, tag, 4);
      return { type: 'LOCAL TIME', value: construct(tag, () => new LocalTime(h!, mi!, s!, ns!)) };
    }
    case '$time': {
      const [h, mi, s, ns, offset] = integers(body, tag, 5);
      return { type: 'TIME', value: construct(tag, () => new Time(h!, mi!, s!, ns!, offset!)) };
    }
    case '$localDateTime': {
      const [y, mo, d, h, mi, s, ns] = integers(body, tag, 7);
      return { type: 'LOCAL DATETIME', value: construct(tag, () => new LocalDateTime(y!, mo!, d!, h!, mi!, s!, ns!)) };
    }
    case '$dateTime':
      return { type: 'DATETIME', value: decodeDateTime(body) };
    case '$duration': {
      if (!Array.isArray(body) || body.length !== 4 || !body.every((x) => typeof x === 'string' && /^-?\d{1,19}$/.test(x)))
        throw new ValueError('$duration must be a list of 4 whole numbers written as strings');
      const [months, days, seconds, nanos] = body.map((x: string) => neo4j.int(x));
      return { type: 'DURATION', value: construct(tag, () => new Duration(months!, days!, seconds!, nanos!)) };
    }
    case '$point': {
      if (!Array.isArray(body) || (body.length !== 3 && body.length !== 4) || !Number.isSafeInteger(body[0]))
        throw new ValueError('$point must be [srid, x, y] or [srid, x, y, z]');
      const [srid, ...coordinates] = body as [number, ...unknown[]];
      const [x, y, z] = coordinates.map((c) => decodeFloatName(c, tag));
      const id = neo4j.int(srid); // the driver hands srids over as Integers
      return { type: 'POINT', value: construct(tag, () => (z === undefined ? new Point(id, x!, y!) : new Point(id, x!, y!, z))) };
    }
    default:
      throw new ValueError(`unknown value type ${JSON.stringify(tag)}`);
  }
}

function decodeDateTime(body: unknown): DateTime<number> {
  if (!Array.isArray(body) || body.length !== 9) throw new ValueError('$dateTime must be a list of 9 fields');
  const fields = integers(body.slice(0, 7), '$dateTime', 7);
  const [offset, zone] = body.slice(7) as unknown[];
  if (!(offset === null || Number.isSafeInteger(offset))) throw new ValueError('$dateTime offset must be whole seconds or null');
  if (!(zone === null || (typeof zone === 'string' && zone.length > 0))) throw new ValueError('$dateTime zone must be a name or null');
  if (offset === null && zone === null) throw new ValueError('$dateTime needs an offset or a zone');
  const [y, mo, d, h, mi, s, ns] = fields;
  return construct(
    '$dateTime',
    () => new DateTime(y!, mo!, d!, h!, mi!, s!, ns!, (offset as number | null) ?? undefined, zone as string | null),
  );
}

function decodeScalar(raw: unknown): Decoded {
  if (typeof raw === 'string') return { type: 'STRING', value: raw };
  if (typeof raw === 'boolean') return { type: 'BOOLEAN', value: raw };
  if (typeof raw === 'number') return { type: 'FLOAT', value: decodeFloatName(raw, 'a number') };
  if (raw !== null && typeof raw === 'object' && !Array.isArray(raw)) return decodeTagged(raw as Record<string, unknown>);
  throw new ValueError(raw === null ? 'null is not a property value' : 'a list inside a list is not a property value');
}

/** The driver's value for an encoded one; lists must hold one type, as Neo4j stores them. */
export function decodeValue(raw: unknown): unknown {
  if (!Array.isArray(raw)) return decodeScalar(raw).value;
  const decoded = raw.map(decodeScalar);
  const types = [...new Set(decoded.map((d) => d.type))];
  if (types.length > 1) throw new ValueError(`a list mixes ${types.join(' and ')}`);
  if (types[0] === 'BYTES') throw new ValueError('a list of byte arrays is not a property value');
  return decoded.map((d) => d.value);
}

export function decodeProperties(raw: unknown): Record<string, unknown> {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) throw new ValueError('properties must be an object');
  const decoded: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    try {
      decoded[key] = decodeValue(value);
    } catch (error) {
      throw new ValueError(`property "${key}": ${(error as Error).message}`);
    }
  }
  return decoded;
}
