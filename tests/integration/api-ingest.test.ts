// Taking reports in through the API: names linked despite spelling and script, proposals that corroborate instead of
// copying, review that makes ordinary cited facts, rejections remembered, the same content once, and bad input refused
// with nothing written. A small world of its own per run, in its own case.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../server/app.js';
import { createToken } from '../../server/auth/tokens.js';
import type { Database } from '../../server/db/database.js';
import { connectToTestDatabase, countIn, graphqlAs } from './helpers.js';

const run = Math.random().toString(36).slice(2, 8);
const CASE = `ingest-${run}`;
const ids = {
  person: `person/timur-baimukhanov-${run}`,
  union: `organisation/free-unions-of-testland-${run}`,
  sentence: `event/sentence-of-baimukhanov-${run}`,
};
const SEED_SOURCE = {
  id: `seed-${run}`,
  text:
    'Timur Baimukhanov, chairman of the Confederation of Free Unions of Testland (CFUT), was sentenced in March 2019. ' +
    'The confederation was dissolved by a court.',
};
const REPORT = [
  'Testland: union leader jailed',
  '',
  '14 May 2019',
  '',
  `Тимур Баймуханов, chairman of the CFUT, was sentenced to three years in prison. Baimuhanov denies the charges. (ref. ${run})`,
  '',
  'Share this: Facebook | Twitter | Email',
].join('\n');

const REPORT_FIELDS = `report {
  source { id title date text }
  sha256 mediaType byteSize capturedAt
  removed { start end reason }
  mentions { text kind entity { id } score reasons }
  proposals { id kind status confidence quote reasons entityKind name type role from { entity { id } name proposalId } to { entity { id } name proposalId }
    subject { entity { id } name } attribute value corroborates resultId decidedBy reason }
  pendingCount proposalCount
}`;
const INGEST = `mutation($input: ReportInput!) { ingestReport(input: $input) { created ${REPORT_FIELDS} } }`;

interface ProposalView {
  id: string;
  kind: string;
  status: string;
  confidence: number;
  quote: string;
  type: string | null;
  role: string | null;
  name: string | null;
  from: { entity: { id: string } | null; name: string } | null;
  to: { entity: { id: string; name?: string } | null; name: string; proposalId: string | null } | null;
  subject: { entity: { id: string } | null; name: string } | null;
  attribute: string | null;
  value: string | null;
  corroborates: string | null;
  resultId: string | null;
  decidedBy: string | null;
}
interface ReportView {
  source: { id: string; title: string; date: string | null; text: string };
  sha256: string;
  mediaType: string;
  removed: { start: number; end: number; reason: string }[];
  mentions: { text: string; kind: string; entity: { id: string } | null; score: number | null; reasons: string[] }[];
  proposals: ProposalView[];
  pendingCount: number;
  proposalCount: number;
}

describe('taking in a report through the API', () => {
  let db: Database;
  let app: App;
  let editor = '';
  let reader = '';
  let report: ReportView;
  const gql = <T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}, token = editor) =>
    graphqlAs<T>(app, token, query, variables);
  const ingest = (input: Record<string, unknown>, token = editor) =>
    gql<{ ingestReport: { created: boolean; report: ReportView } }>(INGEST, { input: { caseId: CASE, ...input } }, token);
  const countReports = () => countIn(db, 'MATCH (r:Report) RETURN count(r)', {});
  const countSources = () => countIn(db, 'MATCH (s:Source) RETURN count(s)', {});

  beforeAll(async () => {
    db = connectToTestDatabase();
    app = createApp({ db });
    editor = (await createToken(db, `ingest-editor-${run}`, 'editor')).token;
    reader = (await createToken(db, `ingest-reader-${run}`, 'reader')).token;
    const source = await gql(`mutation($input: SourceInput!) { createSource(input: $input) { id } }`, {
      input: { ...SEED_SOURCE, caseId: CASE, caseTitle: 'Ingestion tests', title: 'Seed report' },
    });
    expect(source.errors).toBeUndefined();
    const cite = (quote: string) => [{ sourceId: SEED_SOURCE.id, quote }];
    const created = [
      await gql(`mutation($input: EntityInput!) { createEntity(input: $input) { id } }`, {
        input: { id: ids.person, kind: 'person', name: 'Timur Baimukhanov', citations: cite('Timur Baimukhanov, chairman') },
      }),
      await gql(`mutation($input: EntityInput!) { createEntity(input: $input) { id } }`, {
        input: {
          id: ids.union,
          kind: 'organisation',
          subkind: 'union-federation',
          name: 'Confederation of Free Unions of Testland',
          aliases: [{ name: 'CFUT', reason: 'its acronym in the seed report' }],
          citations: cite('Confederation of Free Unions of Testland (CFUT)'),
        },
      }),
      await gql(`mutation($input: EntityInput!) { createEntity(input: $input) { id } }`, {
        input: {
          id: ids.sentence,
          kind: 'event',
          subkind: 'sentence',
          name: 'Sentence of Timur Baimukhanov',
          descriptiveName: true,
          date: '2019-03',
          citations: cite('was sentenced in March 2019'),
        },
      }),
      await gql(`mutation($input: RelationshipInput!) { createRelationship(input: $input) { id } }`, {
        input: {
          type: 'PARTICIPANT_IN',
          from: ids.person,
          to: ids.sentence,
          role: 'defendant',
          citations: cite(
            'Timur Baimukhanov, chairman of the Confederation of Free Unions of Testland (CFUT), was sentenced in March 2019.',
          ),
        },
      }),
      await gql(`mutation($input: RelationshipInput!) { createRelationship(input: $input) { id } }`, {
        input: {
          type: 'LEADS',
          from: ids.person,
          to: ids.union,
          role: 'chairperson',
          citations: cite('Timur Baimukhanov, chairman of the Confederation of Free Unions of Testland'),
        },
      }),
    ];
    for (const result of created) expect(result.errors).toBeUndefined();
    const taken = await ingest({ text: REPORT, fileName: 'testland.txt' });
    expect(taken.errors).toBeUndefined();
    expect(taken.data!.ingestReport.created).toBe(true);
    report = taken.data!.ingestReport.report;
  });
  afterAll(() => db.driver.close());

  it('keeps the report as a source with its hash, date line, and the lines cleaning removed', () => {
    expect(report.source.text).toBe(REPORT);
    expect(report.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(report.mediaType).toBe('text/plain');
    expect(report.source.title).toBe('Testland: union leader jailed');
    expect(report.source.date).toBe('2019-05-14');
    expect(report.removed.map((r) => REPORT.slice(r.start, r.end))).toEqual(['Share this: Facebook | Twitter | Email']);
  });

  it('links the Cyrillic spelling, a Latin variant and an acronym to the entities the graph holds, saying why', () => {
    const linked = (text: string) => report.mentions.find((m) => m.text === text);
    expect(linked('Тимур Баймуханов')?.entity?.id).toBe(ids.person);
    expect(linked('Тимур Баймуханов')?.reasons.join(' ')).toMatch(/Cyrillic/);
    expect(linked('Baimuhanov')?.entity?.id).toBe(ids.person);
    expect(linked('CFUT')?.entity?.id).toBe(ids.union);
    expect(report.mentions.find((m) => m.kind === 'duration')?.text).toBe('three years');
  });

  it('proposes facts with the sentence as their quote, marking those the graph already holds as corroborations', () => {
    const leads = report.proposals.find((p) => p.type === 'LEADS');
    expect(leads).toMatchObject({ kind: 'RELATIONSHIP', status: 'PENDING', role: 'chairperson' });
    expect(leads!.from!.entity!.id).toBe(ids.person);
    expect(leads!.to!.entity!.id).toBe(ids.union);
    expect(leads!.corroborates).toMatch(/^rel\//);
    expect(REPORT).toContain(leads!.quote);
    const defendant = report.proposals.find((p) => p.type === 'PARTICIPANT_IN' && p.role === 'defendant');
    expect(defendant!.to!.entity!.id).toBe(ids.sentence);
    const term = report.proposals.find((p) => p.kind === 'CLAIM');
    expect(term).toMatchObject({ attribute: 'prison term', value: 'three years', corroborates: null });
    expect(term!.subject!.entity!.id).toBe(ids.sentence);
    expect(report.pendingCount).toBe(report.proposalCount);
  });

  it('keeps the original bytes, whose SHA-256 is the report’s', async () => {
    const read = await gql<{ report: { originalBase64: string; sha256: string } }>(
      `query($id: ID!) { report(sourceId: $id) { originalBase64 sha256 } }`,
      { id: report.source.id },
    );
    const bytes = Buffer.from(read.data!.report.originalBase64, 'base64');
    expect(bytes.toString('utf8')).toBe(REPORT);
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(read.data!.report.sha256);
  });

  it('counts nothing as a fact before review', async () => {
    expect(await countIn(db, 'MATCH (c:Claim)-[:ABOUT]->(:Entity {id: $id}) RETURN count(c)', { id: ids.sentence })).toBe(0);
  });

  it('takes the same content in once: a second time makes nothing new', async () => {
    const [reports, sources] = [await countReports(), await countSources()];
    const again = await ingest({ text: REPORT, title: 'Another title' });
    expect(again.errors).toBeUndefined();
    expect(again.data!.ingestReport.created).toBe(false);
    expect(again.data!.ingestReport.report.source.id).toBe(report.source.id);
    expect([await countReports(), await countSources()]).toEqual([reports, sources]);
  });

  it('accepting a corroboration adds the quote to the fact the graph holds instead of copying it', async () => {
    const leads = report.proposals.find((p) => p.type === 'LEADS')!;
    const accepted = await gql<{ acceptProposal: ProposalView }>(
      `mutation($id: ID!) { acceptProposal(id: $id) { id status resultId decidedBy } }`,
      { id: leads.id },
    );
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data!.acceptProposal).toMatchObject({
      status: 'ACCEPTED',
      resultId: leads.corroborates,
      decidedBy: `ingest-editor-${run}`,
    });
    expect(
      await countIn(db, 'MATCH (:Entity {id: $from})-[r:RELATION {type: "LEADS"}]->(:Entity {id: $to}) RETURN count(r)', {
        from: ids.person,
        to: ids.union,
      }),
    ).toBe(1);
    const quotes = await countIn(db, 'MATCH ()-[r:RELATION {id: $id}]->() RETURN size(r.citedSources)', { id: leads.corroborates });
    expect(quotes).toBe(2);
    const twice = await gql(`mutation($id: ID!) { acceptProposal(id: $id) { id } }`, { id: leads.id });
    expect(twice.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('accepting a claim with an edit makes an ordinary cited, audited claim', async () => {
    const term = report.proposals.find((p) => p.kind === 'CLAIM')!;
    const accepted = await gql<{ acceptProposal: ProposalView }>(
      `mutation($id: ID!, $edit: ProposalEdit) { acceptProposal(id: $id, edit: $edit) { status resultId value } }`,
      { id: term.id, edit: { value: '3 years' } },
    );
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data!.acceptProposal.value).toBe('3 years');
    const claim = await gql<{ entity: { claims: { value: string; citations: { quote: string; source: { id: string } }[] }[] } }>(
      `query($id: ID!) { entity(id: $id) { claims { value citations { quote source { id } } } } }`,
      { id: ids.sentence },
    );
    expect(claim.data!.entity.claims).toEqual([{ value: '3 years', citations: [{ quote: term.quote, source: { id: report.source.id } }] }]);
    expect(await countIn(db, 'MATCH (a:AuditRecord {action: "acceptProposal", targetId: $id}) RETURN count(a)', { id: term.id })).toBe(1);
  });

  it('accepting a link to a proposed entity accepts that entity first, and the link then shows the entity it became', async () => {
    const toNew = report.proposals.find((p) => p.kind === 'RELATIONSHIP' && p.to?.proposalId);
    expect(toNew).toBeDefined();
    const accepted = await gql<{ acceptProposal: ProposalView }>(
      `mutation($id: ID!) { acceptProposal(id: $id) { status resultId to { entity { id name } proposalId } } }`,
      { id: toNew!.id },
    );
    expect(accepted.errors).toBeUndefined();
    const to = accepted.data!.acceptProposal.to!;
    expect(to.entity?.name).toBe(toNew!.to!.name);
    const entityProposal = await gql<{ report: { proposals: ProposalView[] } }>(
      `query($id: ID!) { report(sourceId: $id) { proposals(status: ACCEPTED) { id resultId } } }`,
      { id: report.source.id },
    );
    expect(entityProposal.data!.report.proposals).toEqual(expect.arrayContaining([{ id: to.proposalId, resultId: to.entity!.id }]));
  });

  it('lets one of two editors accepting the same proposal at once make its fact, and tells the other', async () => {
    const taken = await ingest({ text: `Dana Ospanova, a lawyer, was detained in Testland on 3 June 2019. (ref. ${run}-race)` });
    const entity = taken.data!.ingestReport.report.proposals.find((p) => p.kind === 'ENTITY' && p.name === 'Dana Ospanova');
    expect(entity).toBeDefined();
    const accept = `mutation($id: ID!) { acceptProposal(id: $id) { status resultId } }`;
    const results = await Promise.all([gql(accept, { id: entity!.id }), gql(accept, { id: entity!.id })]);
    const codes = results.map((r) => r.errors?.[0]?.extensions?.code ?? 'OK').sort();
    expect(codes).toEqual(['CONFLICT', 'OK']);
    const name = entity!.name!;
    expect(await countIn(db, 'MATCH (e:Entity {name: $name}) RETURN count(e)', { name })).toBe(1);
  });

  it('remembers a rejection: another copy of the report does not propose the same statement again', async () => {
    const defendant = report.proposals.find((p) => p.type === 'PARTICIPANT_IN' && p.role === 'defendant')!;
    const rejected = await gql<{ rejectProposal: ProposalView }>(
      `mutation($id: ID!) { rejectProposal(id: $id, reason: "the report repeats an old sentence") { status reason } }`,
      { id: defendant.id },
    );
    expect(rejected.errors).toBeUndefined();
    expect(rejected.data!.rejectProposal).toMatchObject({ status: 'REJECTED', reason: 'the report repeats an old sentence' });
    const html = `<!doctype html><html><head><title>Testland: union leader jailed</title></head><body><article>${REPORT.split('\n\n')
      .map((p) => `<p>${p}</p>`)
      .join('')}</article></body></html>`;
    const copy = await ingest({ fileBase64: Buffer.from(html).toString('base64'), fileName: 'testland.html' });
    expect(copy.errors).toBeUndefined();
    expect(copy.data!.ingestReport.created).toBe(true);
    const proposals = copy.data!.ingestReport.report.proposals;
    expect(proposals.some((p) => p.type === 'LEADS')).toBe(true);
    expect(proposals.some((p) => p.type === 'PARTICIPANT_IN' && p.role === 'defendant' && p.quote === defendant.quote)).toBe(false);
  });

  it('refuses readers', async () => {
    const refused = await ingest({ text: `A reader's report about Testland ${run}.` }, reader);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  describe('refuses bad input with a clear reason and writes nothing', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1]);
    const cases: [string, Record<string, unknown>, string][] = [
      ['an empty text', { text: '' }, 'EMPTY_REPORT'],
      ['only blank lines', { text: '\n\n   \n' }, 'EMPTY_REPORT'],
      ['a binary file', { fileBase64: png.toString('base64'), fileName: 'photo.png' }, 'BINARY_REPORT'],
      [
        'bytes that are not UTF-8',
        { fileBase64: Buffer.from([0x4b, 0x61, 0xe4, 0x28, 0x20, 0x61, 0x62]).toString('base64'), fileName: 'latin1.txt' },
        'UNREADABLE_ENCODING',
      ],
      [
        'a PDF that cannot be read',
        { fileBase64: Buffer.from('%PDF-1.4\nthis is not a pdf').toString('base64'), fileName: 'broken.pdf' },
        'UNREADABLE_PDF',
      ],
    ];
    for (const [what, input, reason] of cases) {
      it(`${what}: ${reason}`, async () => {
        const [reports, sources] = [await countReports(), await countSources()];
        const refused = await ingest(input);
        expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason });
        expect(refused.errors?.[0]?.message.length).toBeGreaterThan(10);
        expect([await countReports(), await countSources()]).toEqual([reports, sources]);
      });
    }
    it('a file over the size limit', async () => {
      const big = Buffer.alloc(11 * 1024 * 1024, 0x61).toString('base64');
      const refused = await ingest({ fileBase64: big, fileName: 'big.txt' });
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'REPORT_TOO_LARGE' });
    });
    it('both text and a file', async () => {
      const refused = await ingest({ text: 'x', fileBase64: 'eA==' });
      expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    });
  });
});
