// An HTML report made into text: the article Readability finds, or the whole body without the site around it when
// it finds too little; metadata from the page's meta tags.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { IngestError } from './errors.js';
import { isoDate, metadataText } from './metadata-values.js';
import type { ReadReport } from './read-report.js';
import { tidy } from './shape-paragraphs.js';

const words = (list: string) => new Set(list.split(' '));
/** Never text a reader sees; in the plain-body fallback also the site around the content. */
const NEVER_TEXT = 'script style noscript template svg canvas iframe object embed button select textarea';
const CONTENT_SKIP = words(NEVER_TEXT);
const PAGE_SKIP = words(`${NEVER_TEXT} nav header footer aside form dialog menu input`);
const CHROME_NAMES = /cookie|consent|share|social|newsletter|subscribe|advert|banner|promo|related/i;
const BLOCKS = words(
  'address article aside blockquote body caption dd details dialog div dl dt fieldset figcaption figure footer form ' +
    'h1 h2 h3 h4 h5 h6 header hr li main nav ol p section summary table tbody tfoot thead tr ul',
);
/** Readability's own threshold: below it, it found no article and keeps everything, menus and banners too. */
const SHORT_ARTICLE = 500;

export function readHtml(source: string, subject: string): ReadReport {
  const { document } = parseHTML(withDocumentStructure(source));
  const meta = htmlMetadata(document); // before Readability, which changes the document
  const article = readabilityArticle(document);
  const articleText = article?.content ? blockText(article.content, CONTENT_SKIP, false) : '';
  const text = articleText.length >= SHORT_ARTICLE ? articleText : bodyTextWithoutChrome(source) || articleText;
  if (!text) throw new IngestError('EMPTY_REPORT', `${subject} is HTML without any readable text`);
  const title = metadataText(article?.title) ?? meta.title;
  const byline = metadataText(article?.byline?.replace(/^by\s+/i, '')) ?? meta.byline;
  const published = meta.published ?? isoDate(article?.publishedTime);
  const siteName = metadataText(article?.siteName) ?? meta.siteName;
  return {
    mediaType: 'text/html',
    text,
    ...(title && { title }),
    ...(byline && { byline }),
    ...(published && { published }),
    ...(siteName && { siteName }),
  };
}

/** Readability's article, with the element itself as its content; null when it finds none or the page is too big. */
function readabilityArticle(document: Document) {
  try {
    return new Readability<Node>(document, { serializer: (node) => node, maxElemsToParse: 100_000 }).parse();
  } catch {
    return null;
  }
}

function bodyTextWithoutChrome(source: string): string {
  const { document } = parseHTML(withDocumentStructure(source));
  return blockText(document.body ?? document.documentElement, PAGE_SKIP, true);
}

/** linkedom does not infer <html>, <head> and <body> as browsers do; without them it loses text, so add them. */
function withDocumentStructure(source: string): string {
  if (/<body[\s>]/i.test(source)) return /<html[\s>]/i.test(source) ? source : `<html>${source}</html>`;
  const head = /<head(?:\s[^>]*)?>([\s\S]*?)<\/head\s*>/i.exec(source);
  const rest = (head ? source.replace(head[0], '') : source).replace(/<!doctype[^>]*>|<\/?html(?:\s[^>]*)?>/gi, '');
  return `<!DOCTYPE html><html><head>${head?.[1] ?? ''}</head><body>${rest}</body></html>`;
}

function htmlMetadata(document: Document) {
  const content = (selector: string) => metadataText(document.querySelector(selector)?.getAttribute('content'));
  return {
    title: content('meta[property="og:title"]') ?? metadataText(document.querySelector('title')?.textContent),
    byline: content('meta[name="author"]') ?? content('meta[property="article:author"]'),
    published: isoDate(
      content('meta[property="article:published_time"]') ??
        content('meta[name="date"]') ??
        content('meta[name="dc.date"]') ??
        document.querySelector('time[datetime]')?.getAttribute('datetime'),
    ),
    siteName: content('meta[property="og:site_name"]'),
  };
}

/** The text of an element, a paragraph per block element, <br> as a line break, table cells separated by " | ". */
function blockText(root: Node, skip: ReadonlySet<string>, skipChromeByName: boolean): string {
  const paragraphs: string[] = [];
  let current = '';
  const flush = () => {
    paragraphs.push(
      current
        .split('\n')
        .map((line) => line.replace(/ {2,}/g, ' ').trim())
        .join('\n'),
    );
    current = '';
  };
  const visit = (node: Node): void => {
    if (node.nodeType === 3) current += (node.nodeValue ?? '').replace(/[ \t\n\r\f]+/g, ' ');
    if (node.nodeType !== 1) return;
    const element = node as Element;
    const tag = element.localName.toLowerCase();
    if (skip.has(tag) || element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return;
    if (skipChromeByName && CHROME_NAMES.test(`${element.getAttribute('id') ?? ''} ${element.getAttribute('class') ?? ''}`)) return;
    if (tag === 'br') current += '\n';
    else if (tag === 'pre') {
      flush();
      paragraphs.push(element.textContent ?? '');
    } else {
      if ((tag === 'td' || tag === 'th') && current.trim()) current += ' | ';
      if (BLOCKS.has(tag)) flush();
      for (const child of Array.from(element.childNodes)) visit(child);
      if (BLOCKS.has(tag)) flush();
    }
  };
  visit(root);
  flush();
  return tidy(paragraphs.join('\n\n'));
}
