// A deterministic synthetic persecution network in the project's own model, for benchmarks: places, unions and
// federations with members and leaders, companies, courts, ministries, NGOs, conventions, laws and code articles,
// and stories of events (arrest → charge → trial → sentence → appeal; investigation → dissolution; strike → raid →
// fine; attack → complaint → campaign) over three decades, tying them together with roles. Targets are drawn with a
// power law, so some unions, courts and cities are hubs and most entities have few links.
//
// Every entity, link and claim cites a synthetic source whose text holds its quote verbatim, and is stored in the
// domain's one stored form (domain/records.ts), as the seed loader and the API store them.
//
// Streaming: everything about entity i is derived from its own seeded random source, so links are generated after all
// entities without keeping plans in memory; only names and ids are kept (tens of bytes per entity).
import {
  storedClaim,
  storedEntity,
  storedRelationship,
  type Citation,
  type EntityRecord,
  type SourceRecord,
} from '../../domain/records.js';
import { acronymOf, names, slug, transliterationVariant } from './names.js';
import { seededRandom, type Random } from './random.js';

export interface SyntheticOptions {
  entities: number;
  seed: number;
  /** Entities per batch in the first pass (links follow in batches of about five times as many). */
  batchSize?: number;
}

export type StoredSource = SourceRecord;
export type StoredEntity = ReturnType<typeof storedEntity>;
export interface StoredLink {
  from: string;
  to: string;
  props: ReturnType<typeof storedRelationship>;
}
export interface StoredClaimRow {
  subject: string;
  props: ReturnType<typeof storedClaim>;
}

/** One unit of loading: sources first, then what cites them. Entities all come before any link or claim. */
export interface SyntheticBatch {
  sources: StoredSource[];
  entities: StoredEntity[];
  relationships: StoredLink[];
  claims: StoredClaimRow[];
}

interface Segment {
  key: SegmentKey;
  kind: string;
  subkind: string | null;
  start: number;
  count: number;
}

type SegmentKey =
  | 'country'
  | 'region'
  | 'city'
  | 'international'
  | 'federation'
  | 'union'
  | 'company'
  | 'court'
  | 'government'
  | 'ngo'
  | 'media'
  | 'convention'
  | 'law'
  | 'article'
  | 'person'
  | 'event';

/** Shares of the population (events take the rest); small counts have floors so tiny networks keep every kind. */
const SHARES: [SegmentKey, string, string | null, number, number][] = [
  ['country', 'place', 'country', 0.0002, 2],
  ['region', 'place', 'region', 0.002, 4],
  ['city', 'place', 'city', 0.01, 8],
  ['international', 'organisation', 'international-organisation', 0.00005, 1],
  ['federation', 'organisation', 'union-federation', 0.002, 2],
  ['union', 'organisation', 'trade-union', 0.06, 10],
  ['company', 'organisation', 'company', 0.03, 5],
  ['court', 'organisation', 'court', 0.012, 4],
  ['government', 'organisation', 'government-body', 0.004, 2],
  ['ngo', 'organisation', 'ngo', 0.004, 2],
  ['media', 'organisation', 'media-outlet', 0.002, 1],
  ['convention', 'instrument', 'international-convention', 0.0001, 2],
  ['law', 'instrument', 'national-law', 0.001, 2],
  ['article', 'instrument', 'criminal-code-article', 0.0008, 2],
  ['person', 'person', null, 0.36, 30],
];

export function populationPlan(total: number): Segment[] {
  const segments: Segment[] = [];
  let start = 0;
  for (const [key, kind, subkind, share, floor] of SHARES) {
    const count = Math.max(floor, Math.round(total * share));
    segments.push({ key, kind, subkind, start, count });
    start += count;
  }
  if (start >= total) throw new RangeError(`--entities must be at least ${start + STORY_LENGTH} for every kind to appear`);
  // Events come in whole stories.
  const events = Math.floor((total - start) / STORY_LENGTH) * STORY_LENGTH;
  segments.push({ key: 'event', kind: 'event', subkind: null, start, count: events });
  return segments;
}

const STORY_LENGTH = 5;
const STORIES: Record<string, string[]> = {
  criminal: ['arrest', 'charge', 'trial', 'sentence', 'appeal-decision'],
  dissolution: ['investigation', 'charge', 'trial', 'dissolution', 'appeal-decision'],
  strike: ['strike', 'raid', 'arrest', 'fine', 'statement'],
  attack: ['attack', 'complaint', 'campaign', 'statement', 'visit'],
};
const STORY_KINDS = Object.keys(STORIES);
const EVENT_LABEL: Record<string, string> = {
  arrest: 'Arrest',
  charge: 'Charges against',
  trial: 'Trial of',
  sentence: 'Sentence of',
  'appeal-decision': 'Appeal ruling for',
  investigation: 'Investigation of',
  dissolution: 'Dissolution of',
  strike: 'Strike at',
  raid: 'Raid on',
  fine: 'Fine on',
  statement: 'Statement on',
  attack: 'Attack on',
  complaint: 'Complaint about',
  campaign: 'Campaign for',
  visit: 'Mission on',
};
const OFFICES = ['president', 'vice-president', 'chairperson', 'general-secretary', 'leader'];
/** Events that befall an organisation (named after the union) rather than a person. */
const ORGANISATION_EVENTS = new Set(['dissolution', 'investigation', 'strike', 'raid']);

/**
 * How each kind of entity other than events is made: its name (drawing a place from another segment where the
 * name holds one), the phrase its quote says it is, whether it has an acronym (or how likely), and when it was founded.
 */
interface Profile {
  name: (r: Random, place: (key: SegmentKey) => string, index: number) => string;
  is: string | ((r: Random) => string);
  acronym?: boolean | number;
  founded?: (r: Random) => string | null;
}

const PROFILES: Record<Exclude<SegmentKey, 'event'>, Profile> = {
  country: { name: (r) => names.place(r), is: 'is a country' },
  region: { name: (r) => names.place(r), is: 'is a region' },
  city: { name: (r) => names.place(r), is: 'is a city' },
  international: { name: (r) => names.international(r), is: 'is an intergovernmental organisation', acronym: true },
  federation: {
    name: (r, place) => names.federation(r, place('country')),
    is: 'is a national trade union centre',
    acronym: true,
    founded: (r) => `${1990 + r.int(20)}/..`,
  },
  union: {
    name: (r, place) => names.union(r, place('city')),
    is: 'is an independent trade union',
    acronym: 0.3,
    founded: (r) => (r.chance(0.5) ? `${1990 + r.int(30)}/..` : null),
  },
  company: { name: (r) => names.company(r), is: 'is a company' },
  court: { name: (r, place) => names.court(r, place('city')), is: 'is a court' },
  government: { name: (r, place) => names.government(r, place('country')), is: 'is a government body' },
  ngo: { name: (r) => names.ngo(r), is: 'is a human rights organisation' },
  media: { name: (r) => names.media(r), is: 'is a news outlet' },
  convention: { name: (r, _place, index) => names.convention(r, 80 + index), is: 'is an international convention' },
  law: { name: (r, place) => names.law(r, place('country')), is: 'is a national law' },
  article: { name: (r) => names.article(r), is: 'is an article of a criminal code' },
  person: { name: (r) => names.person(r), is: (r) => (r.chance(0.5) ? 'is a trade unionist' : 'is a labour activist') },
};

/** Mixes a seed and an index into a seed for that index's own random source. */
function mix(seed: number, index: number, salt = 0): number {
  let h = (seed ^ 0x9e3779b9) + Math.imul(index + 1, 0x85ebca6b) + Math.imul(salt, 0xc2b2ae35);
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return (h ^ (h >>> 16)) >>> 0;
}

const pad = (n: number) => String(n).padStart(2, '0');

interface Fact {
  quote: string;
  /** Filled when the batch's sources are made. */
  citations: Citation[];
}

export class SyntheticNetwork {
  readonly segments: Segment[];
  readonly caseId: string;
  private readonly byKey: Record<SegmentKey, Segment>;
  private readonly ids: string[] = [];
  private readonly entityNames: string[] = [];

  constructor(readonly options: SyntheticOptions) {
    this.segments = populationPlan(options.entities);
    this.byKey = Object.fromEntries(this.segments.map((s) => [s.key, s])) as Record<SegmentKey, Segment>;
    this.caseId = `synthetic-${options.seed}`;
  }

  get entityCount(): number {
    const last = this.segments[this.segments.length - 1]!;
    return last.start + last.count;
  }

  /** All batches, entities first. */
  *batches(): Generator<SyntheticBatch> {
    const size = this.options.batchSize ?? 10_000;
    let batchNo = 0;
    for (let start = 0; start < this.entityCount; start += size) {
      const end = Math.min(this.entityCount, start + size);
      const facts: { fact: Fact; entity: Omit<EntityRecord, 'citations'> }[] = [];
      for (let i = start; i < end; i++) facts.push(this.entityFact(i));
      const sources = this.cite(
        batchNo++,
        facts.map((f) => f.fact),
      );
      const entities = facts.map((f) => storedEntity({ ...f.entity, citations: f.fact.citations }, this.caseId));
      yield { sources, entities, relationships: [], claims: [] };
    }
    const linkBatch = Math.max(1, Math.round(size / 5));
    for (let start = 0; start < this.entityCount; start += linkBatch) {
      const end = Math.min(this.entityCount, start + linkBatch);
      const links: { fact: Fact; from: string; to: string; type: string; role: string | null; date: string | null; id: string }[] = [];
      const claims: { fact: Fact; subject: string; attribute: string; value: string; id: string }[] = [];
      for (let i = start; i < end; i++) this.factsAbout(i, links, claims);
      const sources = this.cite(batchNo++, [...links.map((l) => l.fact), ...claims.map((c) => c.fact)]);
      yield {
        sources,
        entities: [],
        relationships: links.map((l) => ({
          from: l.from,
          to: l.to,
          props: storedRelationship(
            { id: l.id, type: l.type, from: l.from, to: l.to, role: l.role, date: l.date, dateInferred: null, citations: l.fact.citations },
            this.caseId,
          ),
        })),
        claims: claims.map((c) => ({
          subject: c.subject,
          props: storedClaim(
            {
              id: c.id,
              subject: c.subject,
              attribute: c.attribute,
              value: c.value,
              preferred: false,
              preferredReason: null,
              citations: c.fact.citations,
            },
            this.caseId,
          ),
        })),
      };
    }
  }

  /** Sources for a batch's facts, about 40 facts each; one fact in ten is also told by a second source. */
  private cite(batchNo: number, facts: Fact[]): StoredSource[] {
    const count = Math.max(1, Math.ceil(facts.length / 40));
    const sentences: string[][] = Array.from({ length: count }, () => []);
    const random = seededRandom(mix(this.options.seed, batchNo, 7));
    const ids = Array.from({ length: count }, (_, k) => `syn-${this.options.seed}-${batchNo}-${k}`);
    facts.forEach((fact, k) => {
      const first = k % count;
      const told = count > 1 && random.chance(0.1) ? [first, (first + 1) % count] : [first];
      for (const s of told) sentences[s]!.push(fact.quote);
      fact.citations = told.map((s) => ({ sourceId: ids[s]!, quote: fact.quote }));
    });
    return ids.map((id, k) => {
      const year = 1995 + ((batchNo + k) % 30);
      return {
        id,
        caseId: this.caseId,
        title: `Monitoring report ${batchNo}.${k}`,
        publisher: k % 3 === 0 ? 'Synthetic Labour Monitor' : k % 3 === 1 ? 'Synthetic Rights Watch' : 'Synthetic News Service',
        author: null,
        date: `${year}-${pad(1 + (k % 12))}`,
        dateNote: null,
        url: null,
        text: sentences[k]!.join(' '),
      };
    });
  }

  private segmentOf(i: number): Segment {
    for (const segment of this.segments) if (i < segment.start + segment.count) return segment;
    throw new RangeError(`entity ${i} is outside the network`);
  }

  /** The index of an entity of a segment, drawn with a power law (hubs) or evenly. */
  private draw(r: Random, key: SegmentKey, skewed = true): number {
    const s = this.byKey[key];
    return s.start + (skewed ? r.skewed(s.count) : r.int(s.count));
  }

  private entityFact(i: number) {
    const segment = this.segmentOf(i);
    const r = seededRandom(mix(this.options.seed, i));
    const profile = this.profile(i, segment, r);
    const id = `${segment.kind}/${slug(profile.name)}-${i.toString(36)}`;
    this.ids[i] = id;
    this.entityNames[i] = profile.name;
    const aliases = profile.aliases.map((name) => ({ name, reason: 'Another spelling used by a source.' }));
    const quote = `${[profile.name, ...profile.aliases].join(', also written ')} ${profile.is}.`;
    const entity = {
      id,
      kind: segment.kind,
      subkind: segment.subkind ?? profile.subkind,
      name: profile.name,
      descriptiveName: false,
      aliases,
      date: profile.date,
      dateInferred: null,
      description: profile.description,
    };
    return { fact: { quote, citations: [] }, entity };
  }

  /** What an entity is: its name, aliases, date and a phrase saying what it is; drawn first from its random source. */
  private profile(i: number, segment: Segment, r: Random) {
    let name: string;
    let is: string;
    let subkind: string | null = null;
    let date: string | null;
    let acronym = false;
    if (segment.key === 'event') {
      const story = this.story(i);
      subkind = story.slots[story.slot]!;
      const target = ORGANISATION_EVENTS.has(subkind) ? story.union : story.protagonist;
      date = story.dates[story.slot]!;
      name = `${EVENT_LABEL[subkind]} ${this.entityNames[target]!}, ${date.slice(0, 7)}`;
      is = `took place on ${date}`;
    } else {
      const kind = PROFILES[segment.key];
      name = kind.name(r, (key) => this.entityNames[this.draw(r, key)]!, i - segment.start);
      is = typeof kind.is === 'string' ? kind.is : kind.is(r);
      acronym = typeof kind.acronym === 'number' ? r.chance(kind.acronym) : kind.acronym === true;
      date = kind.founded?.(r) ?? null;
    }
    const aliases: string[] = [];
    if (acronym) aliases.push(acronymOf(name));
    if (segment.key === 'person' && r.chance(0.2)) {
      const variant = transliterationVariant(name);
      if (variant) aliases.push(variant);
    }
    const description = r.chance(0.1) ? `Synthetic ${segment.subkind ?? subkind ?? segment.kind} number ${i}.` : null;
    return { name, is, subkind, date, aliases: aliases.filter((a) => a.length > 1 && a !== name), description };
  }

  /** A story of five events; every event of it derives the same story from the story's own random source. */
  private story(i: number) {
    const events = this.byKey.event;
    const storyNo = Math.floor((i - events.start) / STORY_LENGTH);
    const r = seededRandom(mix(this.options.seed, storyNo, 1));
    const slots = STORIES[r.pick(STORY_KINDS)]!;
    const year = 1992 + r.int(33);
    let month = 1 + r.int(6);
    const dates = slots.map(() => {
      const date = `${year + Math.floor((month - 1) / 12)}-${pad(((month - 1) % 12) + 1)}-${pad(1 + r.int(28))}`;
      month += 1 + r.int(3);
      return date;
    });
    return {
      slots,
      slot: (i - events.start) % STORY_LENGTH,
      first: events.start + storyNo * STORY_LENGTH,
      dates,
      protagonist: this.draw(r, 'person', false),
      union: this.draw(r, 'union'),
      court: this.draw(r, 'court'),
      company: this.draw(r, 'company'),
      government: this.draw(r, 'government'),
      city: this.draw(r, 'city'),
      judge: this.draw(r, 'person', false),
      lawyer: this.draw(r, 'person'),
      ngo: this.draw(r, 'ngo'),
      convention: this.draw(r, 'convention'),
      article: this.draw(r, 'article'),
      international: this.draw(r, 'international'),
      term: 1 + r.int(8),
      fine: (1 + r.int(50)) * 10_000,
      contested: r.chance(0.05),
    };
  }

  /** The links and claims an entity brings (each link is brought by one of its ends). */
  private factsAbout(
    i: number,
    links: { fact: Fact; from: string; to: string; type: string; role: string | null; date: string | null; id: string }[],
    claims: { fact: Fact; subject: string; attribute: string; value: string; id: string }[],
  ): void {
    const segment = this.segmentOf(i);
    const r = seededRandom(mix(this.options.seed, i));
    this.profile(i, segment, r); // the same draws as when the entity was made, so what follows is the same too
    const name = (k: number) => this.entityNames[k]!;
    const link = (from: number, type: string, to: number, role: string | null, date: string | null, quote: string) => {
      if (from === to) return;
      links.push({
        fact: { quote, citations: [] },
        from: this.ids[from]!,
        to: this.ids[to]!,
        type,
        role,
        date,
        id: `rel/syn-${i.toString(36)}-${links.length}`,
      });
    };
    const located = (key: SegmentKey, what: string) => {
      const where = this.draw(r, key);
      link(i, 'LOCATED_IN', where, null, null, `${name(i)} ${what} ${name(where)}.`);
    };
    switch (segment.key) {
      case 'region':
        located('country', 'is a region of');
        break;
      case 'city':
        located('region', 'is a city in');
        break;
      case 'federation':
        located('country', 'is based in');
        if (r.chance(0.5)) {
          const ituc = this.draw(r, 'international');
          link(i, 'AFFILIATED_WITH', ituc, null, null, `${name(i)} is affiliated with ${name(ituc)}.`);
        }
        break;
      case 'union': {
        located('city', 'is based in');
        const federation = this.draw(r, 'federation');
        link(i, 'AFFILIATED_WITH', federation, null, null, `${name(i)} is a member organisation of ${name(federation)}.`);
        break;
      }
      case 'company':
      case 'court':
        located('city', 'is located in');
        if (segment.key === 'company' && r.chance(0.2)) {
          const owner = this.draw(r, 'government');
          link(i, 'CONTROLLED_BY', owner, null, null, `${name(i)} is controlled by ${name(owner)}.`);
        }
        break;
      case 'government':
        located('country', 'is a body of');
        break;
      case 'ngo': {
        const supported = this.draw(r, 'union');
        link(i, 'SUPPORTS', supported, null, null, `${name(i)} has supported ${name(supported)} for years.`);
        break;
      }
      case 'law': {
        const body = this.draw(r, 'government');
        link(body, 'ADOPTED', i, null, null, `${name(body)} drafted ${name(i)}.`);
        break;
      }
      case 'person': {
        const memberships = 1 + r.int(4);
        for (let m = 0; m < memberships; m++) {
          const union = this.draw(r, 'union');
          link(i, 'MEMBER_OF', union, null, null, `${name(i)} is a member of ${name(union)}.`);
        }
        if (r.chance(0.12)) {
          const union = this.draw(r, 'union', false);
          const office = r.pick(OFFICES);
          const since = 1990 + r.int(34);
          link(
            i,
            'LEADS',
            union,
            office,
            `${since}/..`,
            `${name(i)} has been ${office.replace('-', ' ')} of ${name(union)} since ${since}.`,
          );
        }
        break;
      }
      case 'event':
        this.eventFacts(i, r, link, claims);
        break;
      default:
        break;
    }
  }

  private eventFacts(
    i: number,
    r: Random,
    link: (from: number, type: string, to: number, role: string | null, date: string | null, quote: string) => void,
    claims: { fact: Fact; subject: string; attribute: string; value: string; id: string }[],
  ): void {
    const s = this.story(i);
    const kind = s.slots[s.slot]!;
    const date = s.dates[s.slot]!;
    const event = this.entityNames[i]!;
    const defendant = s.slots === STORIES.dissolution ? s.union : s.protagonist;
    const name = (k: number) => this.entityNames[k]!;
    const party = (who: number, role: string, words: string) =>
      link(who, 'PARTICIPANT_IN', i, role, date, `${name(who)} ${words} (${event}).`);
    if (s.slot > 0) link(i - 1, 'LED_TO', i, null, null, `The ${name(i - 1)} led to the ${event}.`);
    link(i, 'LOCATED_IN', s.city, null, null, `The ${event} took place in ${name(s.city)}.`);
    const others = 1 + r.int(3);
    for (let k = 0; k < others; k++) party(this.draw(r, 'person'), 'participant', 'was also present');
    if (defendant !== s.union) link(i, 'CONCERNS', s.union, null, null, `The ${event} concerned a member of ${name(s.union)}.`);
    const claim = (attribute: string, value: string, quote: string) =>
      claims.push({
        fact: { quote, citations: [] },
        subject: this.ids[i]!,
        attribute,
        value,
        id: `claim/syn-${i.toString(36)}-${claims.length}`,
      });
    switch (kind) {
      case 'arrest':
      case 'charge':
      case 'investigation':
        party(defendant, 'defendant', kind === 'arrest' ? 'was detained by the police' : 'was placed under investigation');
        if (kind === 'charge') link(i, 'CONCERNS', s.article, null, null, `The ${event} were brought under ${name(s.article)}.`);
        break;
      case 'trial':
      case 'sentence':
      case 'appeal-decision':
      case 'dissolution':
      case 'fine': {
        party(defendant, 'defendant', 'stood before the court');
        party(s.court, 'court', 'decided the case');
        if (kind !== 'fine') party(s.judge, 'judge', 'presided');
        if (r.chance(0.6)) party(s.lawyer, 'lawyer', 'acted for the defence');
        if (r.chance(0.4)) party(s.company, 'complainant', 'had brought the complaint');
        if (kind === 'sentence') {
          claim('prison term', `${s.term} years`, `The court sentenced ${name(defendant)} to ${s.term} years in prison.`);
          if (s.contested)
            claim('prison term', `${s.term + 1} years`, `According to the family, ${name(defendant)} received ${s.term + 1} years.`);
          link(i, 'VIOLATES', s.convention, null, null, `Observers said the ${event} violated ${name(s.convention)}.`);
        }
        if (kind === 'fine') claim('fine', `${s.fine} tenge`, `${name(defendant)} was fined ${s.fine} tenge.`);
        if (kind === 'dissolution') {
          claim('body that ordered the dissolution', name(s.court), `${name(s.court)} ordered the ${event}.`);
          link(i, 'VIOLATES', s.convention, null, null, `The ${event} violated ${name(s.convention)}.`);
        }
        break;
      }
      case 'strike':
        party(s.union, 'organiser', 'called the strike');
        party(s.company, 'target', 'was struck');
        party(s.protagonist, 'participant', 'joined the strike');
        break;
      case 'raid':
        party(s.union, 'target', 'had its office searched');
        party(s.government, 'perpetrator', 'sent officers');
        break;
      case 'attack':
        party(s.protagonist, 'victim', 'was beaten by unknown men');
        link(i, 'CONCERNS', s.union, null, null, `The ${event} was linked to the work of ${name(s.union)}.`);
        break;
      case 'complaint':
        party(s.ngo, 'complainant', 'lodged a complaint');
        party(s.government, 'respondent', 'was named in the complaint');
        party(s.international, 'addressee', 'received the complaint');
        link(i, 'VIOLATES', s.convention, null, null, `The complaint said the authorities violated ${name(s.convention)} (${event}).`);
        break;
      case 'campaign':
      case 'statement':
      case 'visit':
        party(s.ngo, kind === 'visit' ? 'participant' : 'author', kind === 'visit' ? 'sent a mission' : 'issued the appeal');
        link(s.ngo, 'SUPPORTS', s.protagonist, null, date, `${name(s.ngo)} called for justice for ${name(s.protagonist)} (${event}).`);
        break;
      default:
        break;
    }
  }
}
