// The dossier page (dossier.html?id=…): everything the graph holds about one actor, as a printable document — its
// links in date order, the claims with every side of a contradiction, each quote numbered against its source.
import { buildDossier, type Dossier, type DossierQuote } from '../../domain/dossier.js';
import { setAuthToken } from './api.js';
import { el } from './dom.js';
import { neighbourhood, vocabulary } from './queries.js';
import { storedSession } from './session.js';
import { describeDate } from './time-range.js';
import { multiValuedAttributes, termLabel, typeLabel } from './vocabulary.js';

function quoteList(quotes: readonly DossierQuote[]): HTMLElement {
  const list = el('ul', undefined, 'quotes');
  for (const q of quotes) {
    const item = el('li');
    const text = el('blockquote', `“${q.quote}”`);
    const ref = el('a', `[${q.sourceNumber}]`, 'source-ref');
    ref.href = `#source-${q.sourceNumber}`;
    ref.setAttribute('aria-label', `source ${q.sourceNumber}`);
    item.append(text, ' ', ref);
    list.append(item);
  }
  return list;
}

function section(title: string, id: string): HTMLElement {
  const s = el('section');
  s.setAttribute('aria-labelledby', id);
  const heading = el('h2', title);
  heading.id = id;
  s.append(heading);
  return s;
}

export function renderDossier(dossier: Dossier, compiledOn: string, truncated = false): HTMLElement {
  const { entity } = dossier;
  const article = el('article', undefined, 'dossier');
  const header = el('header');
  const kind = [termLabel(entity.kind), entity.subkind ? termLabel(entity.subkind) : null, entity.date ? describeDate(entity.date) : null];
  header.append(el('p', `Dossier · ${kind.filter(Boolean).join(' · ')}`, 'kicker'), el('h1', entity.name));
  if (entity.aliases?.length) header.append(el('p', `Also known as: ${entity.aliases.join('; ')}`, 'aliases'));
  if (entity.description) header.append(el('p', entity.description, 'description'));
  header.append(
    el(
      'p',
      `Compiled on ${compiledOn} from the persecution-network graph. Every statement below is quoted from the numbered ` +
        `sources at the end; where sources disagree, every side is shown.`,
      'provenance',
    ),
  );
  article.append(header);

  if (dossier.quotes.length) {
    const own = section('What the sources say of it', 'own-quotes');
    own.append(quoteList(dossier.quotes));
    article.append(own);
  }

  const links = section(`Links, in date order (${dossier.links.length})`, 'links');
  const list = el('ol', undefined, 'links');
  for (const link of dossier.links) {
    const item = el('li');
    const date = link.date ?? link.otherDate;
    const dateText = link.date
      ? describeDate(link.date)
      : link.otherDate
        ? `${describeDate(link.otherDate)} (the date of the ${termLabel(link.other.kind).toLowerCase()})`
        : 'Undated';
    const when = el('p', dateText, date ? 'when' : 'when undated');
    const [from, to] = link.direction === 'out' ? [entity.name, link.other.name] : [link.other.name, entity.name];
    const what = el('p', undefined, 'what');
    what.append(el('strong', from), ` ${typeLabel(link.type)}${link.role ? ` (${link.role})` : ''} `, el('strong', to));
    what.append(el('span', ` · ${termLabel(link.other.kind)}`, 'other-kind'));
    item.append(when, what, quoteList(link.quotes));
    list.append(item);
  }
  links.append(dossier.links.length ? list : el('p', 'The graph holds no links of this actor.'));
  if (truncated) links.append(el('p', 'The graph holds more links of this actor than one page lists: these are the first.', 'status'));
  article.append(links);

  const claims = section(`Claims (${dossier.claims.length})`, 'claims');
  for (const claim of dossier.claims) {
    const item = el('div', undefined, claim.otherValues.length ? 'claim contested' : 'claim');
    const about = claim.subject.id === entity.id ? '' : `${claim.subject.name}: `;
    item.append(el('h3', `${about}${termLabel(claim.attribute)} — ${claim.value}`));
    if (claim.otherValues.length) {
      item.append(el('p', `Sources disagree: other sources give ${claim.otherValues.map((v) => `“${v}”`).join(', ')}.`, 'disagreement'));
    }
    if (claim.preferred)
      item.append(el('p', `Preferred by an editor${claim.preferredReason ? `: ${claim.preferredReason}` : ''}.`, 'preferred'));
    item.append(quoteList(claim.quotes));
    claims.append(item);
  }
  if (!dossier.claims.length) claims.append(el('p', 'No claims are recorded about this actor or the dated happenings it takes part in.'));
  article.append(claims);

  const sources = section(`Sources (${dossier.sources.length})`, 'sources');
  const sourceList = el('ol', undefined, 'sources');
  dossier.sources.forEach((s, i) => {
    const item = el('li');
    item.id = `source-${i + 1}`;
    item.append(el('cite', s.title ?? s.id));
    const about = [s.publisher, s.date ? describeDate(s.date) : null].filter(Boolean).join(', ');
    if (about) item.append(`, ${about}`);
    if (s.url) {
      const link = el('a', s.url, 'url');
      link.href = s.url;
      item.append('. ', link);
    }
    sourceList.append(item);
  });
  sources.append(sourceList);
  article.append(sources);
  return article;
}

async function main(): Promise<void> {
  const root = document.getElementById('dossier')!;
  document.getElementById('print-dossier')!.addEventListener('click', () => window.print());
  const id = new URLSearchParams(location.search).get('id');
  const fail = (message: string) => {
    root.replaceChildren(el('p', message, 'status error'));
    root.setAttribute('aria-busy', 'false');
  };
  if (!id) return fail('No entity is named: open a dossier from an entity in the network (dossier.html?id=…).');
  setAuthToken(storedSession(sessionStorage)?.token ?? null);
  try {
    const [graph, words] = await Promise.all([neighbourhood(id, 1), vocabulary()]);
    const dossier = buildDossier(id, graph, [...multiValuedAttributes(words)]);
    if (!dossier) return fail(`No entity has id “${id}”.`);
    document.title = `Dossier: ${dossier.entity.name} — Persecution network`;
    const back = document.getElementById('back-to-graph') as HTMLAnchorElement;
    back.href = `./?roots=${encodeURIComponent(id)}`;
    root.replaceChildren(renderDossier(dossier, new Date().toISOString().slice(0, 10), graph.truncated));
    root.setAttribute('aria-busy', 'false');
  } catch (error) {
    fail(`The dossier could not be loaded: ${(error as Error).message}`);
  }
}

void main();
