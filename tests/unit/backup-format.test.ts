import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import neo4j, { Date as Neo4jDate, DateTime, Duration, LocalDateTime, LocalTime, Point, Time } from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import { BACKUP_FORMAT, formatLine, type NodeRecord, type RelationshipRecord } from '../../server/backup/backup-format.js';
import { decodeProperties, decodeValue, encodeProperties, encodeValue, type EncodedProperties } from '../../server/backup/encode-values.js';
import { GraphHasher } from '../../server/backup/graph-hash.js';
import { validateBackup } from '../../server/backup/read-backup.js';

/** One value of every Neo4j property type, and lists of them, as the driver hands them over. */
const EVERY_TYPE: Record<string, unknown> = {
  string: 'Kushakbaev — Кушакбаев 🙂 \u0000 "quoted" \\ \n',
  emptyString: '',
  boolean: false,
  integer: neo4j.int(42),
  bigInteger: neo4j.int('9007199254740993'),
  minInteger: neo4j.int('-9223372036854775808'),
  maxInteger: neo4j.int('9223372036854775807'),
  float: 0.1,
  wholeFloat: 1,
  tinyFloat: 5e-324,
  hugeFloat: 1.7976931348623157e308,
  negativeZero: -0,
  notANumber: NaN,
  infinity: Infinity,
  minusInfinity: -Infinity,
  bytes: new Int8Array([0, 1, -1, 127, -128]),
  emptyBytes: new Int8Array([]),
  date: new Neo4jDate(2017, 8, 31),
  ancientDate: new Neo4jDate(-44, 3, 15),
  localTime: new LocalTime(23, 59, 59, 999_999_999),
  time: new Time(12, 30, 0, 1, -18_000),
  localDateTime: new LocalDateTime(2016, 11, 28, 9, 5, 0, 0),
  dateTimeWithOffset: new DateTime(2018, 2, 1, 10, 0, 0, 123_456_789, 21_600),
  dateTimeWithZone: new DateTime(2021, 10, 31, 2, 30, 0, 0, 3600, 'Europe/Berlin'),
  duration: new Duration(neo4j.int(14), neo4j.int(-3), neo4j.int('9223372036854775807'), neo4j.int(999_999_999)),
  point: new Point(neo4j.int(4326), 71.43, 51.13),
  point3d: new Point(neo4j.int(9157), -0, 2.5, 1e-9),
  strings: ['a', 'b', ''],
  integers: [neo4j.int(1), neo4j.int('-9007199254740993')],
  floats: [1.5, -0, NaN],
  booleans: [true, false],
  dates: [new Neo4jDate(2015, 1, 1), new Neo4jDate(2018, 12, 31)],
  dateTimes: [new DateTime(2018, 2, 1, 10, 0, 0, 0, 0)],
  durations: [new Duration(1, 2, 3, 4)],
  points: [new Point(neo4j.int(7203), 1, 2), new Point(neo4j.int(7203), 3, 4)],
  emptyList: [],
};

/** Same type and same value, for driver values too: -0 is not 0, NaN is NaN, Int8Array is not a list. */
function expectSame(actual: unknown, expected: unknown, where: string): void {
  if (Array.isArray(expected) || expected instanceof Int8Array) {
    expect(actual?.constructor, where).toBe(expected.constructor);
    const a = [...(actual as ArrayLike<unknown> & Iterable<unknown>)];
    expect(a.length, where).toBe(expected.length);
    [...expected].forEach((e, i) => expectSame(a[i], e, `${where}[${i}]`));
  } else if (typeof expected === 'number') {
    expect(typeof actual, where).toBe('number');
    expect(Object.is(actual, expected), `${where}: ${String(actual)} vs ${String(expected)}`).toBe(true);
  } else if (expected !== null && typeof expected === 'object') {
    expect(actual?.constructor, where).toBe(expected.constructor);
    expect(String(actual), where).toBe(String(expected));
    for (const [key, value] of Object.entries(expected)) {
      const field = (actual as Record<string, unknown>)[key];
      if (neo4j.isInt(value)) expect(String(field), `${where}.${key}`).toBe(String(value));
      else if (typeof value === 'number') expectSame(Number(field), value, `${where}.${key}`);
      else expect(field, `${where}.${key}`).toEqual(value);
    }
  } else {
    expect(actual, where).toBe(expected);
  }
}

describe('backup value encoding', () => {
  it('round-trips a value of every Neo4j property type through JSON text, keeping its type', () => {
    const text = JSON.stringify(encodeProperties(EVERY_TYPE));
    const decoded = decodeProperties(JSON.parse(text));
    expect(Object.keys(decoded)).toEqual(Object.keys(EVERY_TYPE));
    for (const [key, value] of Object.entries(EVERY_TYPE)) expectSame(decoded[key], value, key);
    expect(JSON.stringify(encodeProperties(decoded))).toBe(text);
  });

  it('writes integers and floats apart, and every value JSON cannot hold as a tagged object', () => {
    const encoded = encodeProperties(EVERY_TYPE);
    expect(encoded.integer).toEqual({ $int: '42' });
    expect(encoded.wholeFloat).toBe(1);
    expect(encoded.negativeZero).toEqual({ $float: '-0' });
    expect(encoded.notANumber).toEqual({ $float: 'NaN' });
    expect(encoded.bytes).toEqual({ $bytes: 'AAH/f4A=' });
    expect(encoded.date).toEqual({ $date: [2017, 8, 31] });
    expect(encoded.dateTimeWithZone).toEqual({ $dateTime: [2021, 10, 31, 2, 30, 0, 0, 3600, 'Europe/Berlin'] });
    expect(encoded.point).toEqual({ $point: [4326, 71.43, 51.13] });
  });

  it('refuses values Neo4j cannot store, and tags it does not know, saying which', () => {
    expect(() => decodeValue(['a', { $int: '1' }])).toThrow('a list mixes STRING and INTEGER');
    expect(() => decodeValue([['a']])).toThrow('a list inside a list');
    expect(() => decodeValue(null)).toThrow('null is not a property value');
    expect(() => decodeValue({ $uuid: 'x' })).toThrow('unknown value type "$uuid"');
    expect(() => decodeValue({ $int: '9223372036854775808' })).toThrow('outside 64 bits');
    expect(() => decodeValue({ $date: [2017, 13, 1] })).toThrow('$date');
    expect(() => decodeValue({ $int: '1', $float: 'NaN' })).toThrow('exactly one type key');
    expect(() => decodeValue({ toString: 'x' })).toThrow('unknown value type "toString"');
    expect(() => decodeProperties({ n: { $float: '1.5' } })).toThrow('property "n": $float holds "1.5", not a float');
    expect(() => encodeValue({ nested: 'map' })).toThrow('unsupported type (Object)');
    expect(() => encodeValue(new Uint8Array([1]))).toThrow('unsupported type (Uint8Array)');
  });
});

// A backup written as the writer writes it: header, nodes, relationships, end record with the SHA-256.
function backupText(nodes: NodeRecord[], relationships: RelationshipRecord[], version = 1): string {
  const header = {
    format: BACKUP_FORMAT as typeof BACKUP_FORMAT,
    version,
    createdAt: '2026-01-01T00:00:00.000Z',
    nodes: nodes.length,
    relationships: relationships.length,
    snapshot: 'quiet' as const,
    source: 'a test',
  };
  const body = [formatLine(header), ...nodes.map(formatLine), ...relationships.map(formatLine)].join('');
  const sha256 = createHash('sha256').update(body).digest('hex');
  return body + formatLine({ end: BACKUP_FORMAT, nodes: nodes.length, relationships: relationships.length, sha256 });
}

const NODES: NodeRecord[] = [
  { node: 1, labels: ['Entity'], properties: encodeProperties({ id: 'person/kushakbaev', aliases: ['Kushakbaev'], seq: neo4j.int(1) }) },
  { node: 2, labels: ['Source'], properties: encodeProperties({ id: 'source/hrw', text: 'A long text about the sentence.' }) },
  { node: 3, labels: ['Claim', 'Extra'], properties: encodeProperties({ id: 'claim/1', value: 2.5, at: new Neo4jDate(2017, 4, 7) }) },
];
const RELATIONSHIPS: RelationshipRecord[] = [
  { relationship: 1, type: 'ABOUT', from: 3, to: 1, properties: {} },
  { relationship: 2, type: 'CITES', from: 1, to: 2, properties: encodeProperties({ quote: 'sentenced', weight: neo4j.int(2) }) },
];

describe('reading a backup file', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'backup-format-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  let n = 0;
  const file = (content: string | Buffer) => {
    const name = path.join(dir, `file-${++n}.jsonl`);
    writeFileSync(name, content);
    return name;
  };
  const good = backupText(NODES, RELATIONSHIPS);
  const refusal = async (content: string | Buffer) => {
    try {
      await validateBackup(file(content));
    } catch (error) {
      return { code: (error as { code?: string }).code, message: (error as Error).message };
    }
    throw new Error('the file was accepted');
  };

  it('accepts a whole file and hashes the graph it holds', async () => {
    const read = await validateBackup(file(good));
    expect(read).toMatchObject({ nodes: 3, relationships: 2, bytes: Buffer.byteLength(good), header: { version: 1 } });
    expect(read.graph.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses a file cut in the middle of a line, naming the line', async () => {
    const cut = good.slice(0, good.indexOf('"node":2') + 20);
    expect(await refusal(cut)).toMatchObject({ code: 'TRUNCATED_BACKUP', message: expect.stringContaining('in the middle of line 3') });
  });

  it('refuses a file cut at the end of a line, before its end record', async () => {
    const lines = good.split('\n');
    const cut = `${lines.slice(0, 5).join('\n')}\n`;
    expect(await refusal(cut)).toMatchObject({
      code: 'TRUNCATED_BACKUP',
      message: expect.stringContaining('ends after line 5 (byte'),
    });
    expect((await refusal(cut)).message).toContain('3 of 3 nodes and 1 of 2 relationships');
  });

  it('refuses a file with one byte changed inside a text, naming the line and its byte offset', async () => {
    const at = good.indexOf('long text');
    const changed = `${good.slice(0, at)}l0ng${good.slice(at + 4)}`;
    const lineStart = good.lastIndexOf('\n', at) + 1;
    expect(await refusal(changed)).toEqual({
      code: 'DAMAGED_BACKUP',
      message: `line 3 (byte ${lineStart}): its content does not match its check: the line was changed after it was written`,
    });
  });

  it('refuses a file whose one changed byte breaks the JSON', async () => {
    const at = good.indexOf('"relationship":2');
    const changed = `${good.slice(0, at)}#${good.slice(at + 1)}`;
    expect(await refusal(changed)).toMatchObject({
      code: 'DAMAGED_BACKUP',
      message: expect.stringMatching(/^line 6 \(byte \d+\): not JSON/),
    });
  });

  it('refuses a file in which a whole record was replaced, by the SHA-256 of the end record', async () => {
    const other = backupText([NODES[0]!, { ...NODES[1]!, properties: encodeProperties({ id: 'source/other' }) }, NODES[2]!], RELATIONSHIPS);
    const spliced = good.split('\n');
    spliced[2] = other.split('\n')[2]!;
    expect(await refusal(spliced.join('\n'))).toMatchObject({
      code: 'DAMAGED_BACKUP',
      message: expect.stringMatching(/^line 7 \(byte \d+\): the SHA-256 of lines 1 to 6 is [0-9a-f]{64}, the end record says/),
    });
  });

  it('refuses a file with a line missing or a relationship to a node it does not hold', async () => {
    const lines = good.split('\n');
    expect(await refusal([...lines.slice(0, 2), ...lines.slice(3)].join('\n'))).toMatchObject({
      code: 'DAMAGED_BACKUP',
      message: expect.stringContaining('line 3 (byte'),
    });
    const dangling = backupText(NODES, [{ relationship: 1, type: 'ABOUT', from: 3, to: 4, properties: {} }]);
    expect(await refusal(dangling)).toMatchObject({ message: expect.stringContaining('"to" is 4, not a node of this file') });
  });

  it('refuses values Neo4j cannot store, on their line', async () => {
    const bad = backupText([{ node: 1, labels: ['X'], properties: { mixed: ['a', true] } as unknown as EncodedProperties }], []);
    expect(await refusal(bad)).toEqual({
      code: 'DAMAGED_BACKUP',
      message: `line 2 (byte ${bad.indexOf('\n') + 1}): node 1: property "mixed": a list mixes STRING and BOOLEAN`,
    });
  });

  it('refuses foreign files: JSON of something else, a compressed file, an empty file, a later version', async () => {
    expect(await refusal(readFileSync('package.json'))).toMatchObject({
      code: 'NOT_A_BACKUP',
      message: expect.stringContaining('line 1 is not JSON'),
    });
    expect(await refusal('{"name":"persecution-network-graph","version":1}\n')).toMatchObject({
      code: 'NOT_A_BACKUP',
      message: expect.stringContaining('line 1 has no "format", not a persecution-graph-backup header'),
    });
    expect(await refusal(gzipSync(good))).toMatchObject({ code: 'NOT_A_BACKUP' });
    expect(await refusal('')).toMatchObject({ code: 'NOT_A_BACKUP', message: expect.stringContaining('it is empty') });
    expect(await refusal(backupText(NODES, RELATIONSHIPS, 2))).toMatchObject({
      code: 'UNSUPPORTED_BACKUP_VERSION',
      message: expect.stringContaining('version 2; this tool reads version 1'),
    });
  });

  it('refuses anything after the end record', async () => {
    expect(await refusal(`${good}{"node":4}\n`)).toMatchObject({ code: 'DAMAGED_BACKUP', message: expect.stringContaining('line 8') });
  });
});

describe('the graph hash', () => {
  const hash = (nodes: [string, string[], Record<string, unknown>][], relationships: [string, string, string][]) => {
    const hasher = new GraphHasher();
    for (const [key, labels, properties] of nodes) hasher.addNode(key, labels, encodeProperties(properties));
    for (const [from, to, type] of relationships) hasher.addRelationship(from, to, type, {});
    return hasher.digest().hash;
  };

  it('does not depend on ids, order, or the order of labels and properties', () => {
    const a = hash(
      [
        ['1', ['A', 'B'], { x: 'a', y: neo4j.int(1) }],
        ['2', ['C'], { x: 'c' }],
      ],
      [['1', '2', 'R']],
    );
    const b = hash(
      [
        ['z', ['C'], { x: 'c' }],
        ['y', ['B', 'A'], { y: neo4j.int(1), x: 'a' }],
      ],
      [['y', 'z', 'R']],
    );
    expect(a).toBe(b);
  });

  it('tells apart an integer from a float, a direction, and which of two alike nodes a relationship joins', () => {
    const base = hash([['1', ['A'], { x: neo4j.int(1) }]], []);
    expect(hash([['1', ['A'], { x: 1 }]], [])).not.toBe(base);
    const nodes: [string, string[], Record<string, unknown>][] = [
      ['a1', ['A'], {}],
      ['a2', ['A'], {}],
      ['b', ['B'], {}],
      ['c', ['C'], {}],
    ];
    const together = hash(nodes, [
      ['a1', 'b', 'R'],
      ['a1', 'c', 'R'],
    ]);
    const apart = hash(nodes, [
      ['a1', 'b', 'R'],
      ['a2', 'c', 'R'],
    ]);
    expect(together).not.toBe(apart);
    expect(hash(nodes, [['b', 'a1', 'R']])).not.toBe(hash(nodes, [['a1', 'b', 'R']]));
  });
});
