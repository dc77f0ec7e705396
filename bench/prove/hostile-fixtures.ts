// What the hostile driver puts in every argument it is not attacking: valid values that point at records of its own
// (a source, two people, a link, a claim, a merge, pending proposals), made through the API as an editor and marked
// with the run, so that a request fails only because of the hostile value and the records are easy to clear away.
import { randomUUID } from 'node:crypto';

export interface HostileReply {
  status: number;
  data?: unknown;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
  /** No HTTP answer at all (refused connection, timeout), or an answer that was not JSON. */
  networkError?: string;
  /** Write transactions the request opened, when the transport can tell (an app in this process: watchWrites). */
  writeTransactions?: number;
}

/** One GraphQL request to the server under test; `token` null sends none. */
export type SendGraphQL = (query: string, variables: Record<string, unknown>, token: string | null) => Promise<HostileReply>;

export const FIXTURE_TEXT =
  'Zorbek Hostilov, a leader of the Hostiland Dock Union, was detained on 4 May 2020. ' +
  'Marat Hostilenko was fined by the Hostiland city court. ' +
  'The union appealed the sentence of two years in prison.';
export const QUOTES = [
  'Zorbek Hostilov, a leader of the Hostiland Dock Union',
  'was detained on 4 May 2020',
  'Marat Hostilenko was fined by the Hostiland city court',
  'appealed the sentence of two years in prison',
] as const;
const SYLLABLES = ['ab', 'ek', 'ul', 'ir', 'an', 'os', 'ym', 'et', 'ur', 'in'];
/** A word of its own for each number (`ekulir`). */
const spelled = (n: number) => [...String(n)].map((digit) => SYLLABLES[Number(digit)]).join('');
/**
 * A report the ingestion proposes facts from (leaders, a sentence and its length, a fine), about people and unions no
 * other report has named (`word` is the run's and the report's own), so nothing in it is linked to another report's
 * records, rejected because of them or corroborates them.
 */
const REPORT_TEXT = (word: string, ref: string) => {
  const place = word.charAt(0).toUpperCase() + word.slice(1);
  return (
    `Zorbek Host${word}ov, chairman of the ${place} Dock Union, was sentenced to three years in prison on 5 June 2021.\n\n` +
    `Marat Host${word}enko, president of the ${place} Port Workers Union, was fined by the ${place} city court.\n\n` +
    `Aigul Host${word}ova, a lawyer of the ${place} Dock Union, was detained on 6 June 2021. (ref. ${ref})`
  );
};

/** The records of the run: made once (the source) or on demand, each a fresh record so that no request sees another's change. */
/** A slide of the fixture's story: a view of nothing in particular. */
export const STORY_SLIDE = { title: 'A slide', caption: 'What the class should see.', view: 'roots=person%2Fnobody' };

export class HostileFixtures {
  readonly caseId: string;
  readonly sourceId: string;
  private serial = 0;
  private pool: string[] = [];

  constructor(
    private readonly send: SendGraphQL,
    private readonly editor: string,
    readonly run: string,
    /** Every ReportInput filled gets a text of its own (each request analysed and stored), not the run's one text. */
    private readonly newReports = false,
  ) {
    this.caseId = `hostile-${run}`;
    this.sourceId = `hostile-${run}-source`;
  }

  /** A new id of the run: `person/hostile-<run>-7`. */
  id(prefix: string): string {
    return `${prefix}/hostile-${this.run}-${++this.serial}`;
  }

  /** A number no other request of the run has used. */
  next(): number {
    return ++this.serial;
  }

  citation(quote: number) {
    return { sourceId: this.sourceId, quote: QUOTES[quote]! };
  }

  async call(query: string, variables: Record<string, unknown>): Promise<Record<string, unknown>> {
    const reply = await this.send(query, variables, this.editor);
    if (reply.errors?.length || !reply.data) {
      throw new Error(`making a fixture failed (${reply.status}): ${reply.networkError ?? reply.errors?.map((e) => e.message).join('; ')}`);
    }
    return reply.data as Record<string, unknown>;
  }

  async setUp(): Promise<void> {
    await this.call(`mutation($input: SourceInput!) { createSource(input: $input) { id } }`, {
      input: {
        id: this.sourceId,
        caseId: this.caseId,
        caseTitle: `Hostile input ${this.run}`,
        title: 'Hostile fixture',
        text: FIXTURE_TEXT,
      },
    });
  }

  async person(name: string, quotes: number[], aliases: { name: string; reason: string }[] = []): Promise<string> {
    const input = { id: this.id('person'), kind: 'person', name, aliases, citations: quotes.map((q) => this.citation(q)) };
    await this.call(`mutation($input: EntityInput!) { createEntity(input: $input) { id } }`, { input });
    return input.id;
  }

  async relationship(from: string, to: string): Promise<string> {
    const input = { id: this.id('rel'), type: 'AFFILIATED_WITH', from, to, citations: [this.citation(2)] };
    await this.call(`mutation($input: RelationshipInput!) { createRelationship(input: $input) { id } }`, { input });
    return input.id;
  }

  async claim(subject: string): Promise<string> {
    const input = { id: this.id('claim'), subject, attribute: 'prison term', value: 'two years', citations: [this.citation(3)] };
    await this.call(`mutation($input: ClaimInput!) { createClaim(input: $input) { id } }`, { input });
    return input.id;
  }

  /** A one-slide story of the run: its id. */
  async story(): Promise<string> {
    const input = { title: `Hostile story ${this.run}`, slides: [STORY_SLIDE] };
    const data = await this.call(`mutation($input: StoryInput!) { createStory(input: $input) { id } }`, { input });
    return (data.createStory as { id: string }).id;
  }

  /** Two people merged: the merge's id, and both (the merged one is back when a request undoes the merge). */
  async merge(): Promise<{ mergeId: string; entities: string[] }> {
    const entities = [await this.person('Zorbek Hostilov', [0]), await this.person('Z. Hostilov', [1])];
    const data = await this.call(
      `mutation($a: ID!, $b: ID!) { mergeEntities(survivorId: $a, mergedId: $b, reason: "one person") { id } }`,
      {
        a: entities[0],
        b: entities[1],
      },
    );
    return { mergeId: (data.mergeEntities as { id: string }).id, entities };
  }

  /** A report taken in: its source id and its pending proposals. */
  async report(): Promise<{ sourceId: string; proposals: string[] }> {
    const data = await this.call(
      `mutation($input: ReportInput!) { ingestReport(input: $input) { report { source { id } proposals(status: PENDING) { id } } } }`,
      { input: { text: this.reportText(), caseId: this.caseId } },
    );
    const report = (data.ingestReport as { report: { source: { id: string }; proposals: { id: string }[] } }).report;
    return { sourceId: report.source.id, proposals: report.proposals.map((p) => p.id) };
  }

  /** A report's text no report of the run had before, so taking it in makes a new report. */
  reportText(): string {
    return REPORT_TEXT(this.word(this.next()), `${this.run}-${randomUUID().slice(0, 8)}`);
  }

  /** A word of the run's own, different for each number: `ekulirab`. */
  private word(n: number): string {
    return `${spelled(parseInt(this.run, 36) % 1_000_000)}${spelled(n)}`;
  }

  /**
   * The text of a report request whose other fields are attacked: the same one throughout the run (after the first,
   * the server finds it taken in already and analyses nothing), or a new one each time with `newReports`.
   */
  reportInputText(): string {
    if (this.newReports) return this.reportText();
    return REPORT_TEXT(this.word(0), this.run);
  }

  /** A pending proposal no request of the run has been given yet. */
  async proposal(): Promise<string> {
    if (this.pool.length === 0) this.pool = (await this.report()).proposals;
    const id = this.pool.shift();
    if (!id) throw new Error('the fixture report proposed nothing');
    return id;
  }

  fresh(): FixtureSet {
    return new FixtureSet(this);
  }

  /** Deletes an entity the run made (gone already is fine: a request may have deleted or merged it). */
  async removeEntity(id: string | null): Promise<void> {
    if (id === null) return;
    await this.send(`mutation($id: ID!) { deleteEntity(id: $id) }`, { id }, this.editor);
  }
}

/** The records one run of requests points at, each made on first use; a request that changed one gets a new set. */
export class FixtureSet {
  private readonly made = new Map<string, Promise<string>>();
  /** Entities made for the set, deleted with it. */
  private readonly entities: Promise<string>[] = [];
  constructor(readonly fixtures: HostileFixtures) {}

  private once(key: string, make: () => Promise<string>): Promise<string> {
    const known = this.made.get(key);
    if (known) return known;
    const made = make();
    this.made.set(key, made);
    return made;
  }

  private entity(key: string, make: () => Promise<string>): Promise<string> {
    const known = this.made.has(key);
    const made = this.once(key, make);
    if (!known) this.entities.push(made);
    return made;
  }

  /** Deletes the entities the set made, so that they do not pile up over a run. */
  async dispose(): Promise<void> {
    for (const made of await Promise.allSettled(this.entities))
      if (made.status === 'fulfilled') await this.fixtures.removeEntity(made.value);
  }

  /** A person cited twice (so one citation can be removed) with an alias (so it can be removed). */
  personA = () =>
    this.entity('a', () =>
      this.fixtures.person('Zorbek Hostilov', [0, 1], [{ name: 'Z. Hostilov', reason: 'initial and surname in the fixture' }]),
    );
  personB = () => this.entity('b', () => this.fixtures.person('Marat Hostilenko', [2]));
  relationship = () => this.once('rel', async () => this.fixtures.relationship(await this.personA(), await this.personB()));
  claim = () => this.once('claim', async () => this.fixtures.claim(await this.personA()));
  merge = () =>
    this.once('merge', async () => {
      const { mergeId, entities } = await this.fixtures.merge();
      for (const id of entities) this.entities.push(Promise.resolve(id));
      return mergeId;
    });
  proposal = () => this.once('proposal', () => this.fixtures.proposal());
  story = () => this.once('story', () => this.fixtures.story());
  reportSource = () => this.once('report', async () => (await this.fixtures.report()).sourceId);
}
