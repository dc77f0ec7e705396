// Finds the parts of a scraped report that are not the report: page controls, share and comment widgets, cookie and
// login prompts, calls to action, link lists, footers, a heading printed twice and keyword-salad spam. Spans are
// whole lines, so the text keeps its offsets and quotes taken from it stay verbatim. The rules are deliberately
// conservative: chrome left in costs a little noise, an article sentence cut out costs a fact.

export interface RemovedSpan {
  start: number;
  end: number;
  reason: string;
}

type Reason =
  | 'page controls'
  | 'share widget'
  | 'comment form'
  | 'cookie or login prompt'
  | 'call to action'
  | 'link list'
  | 'footer'
  | 'navigation'
  | 'page template'
  | 'repeated heading'
  | 'repeated paragraph'
  | 'spam paragraph';

interface Line {
  start: number;
  end: number;
  text: string; // trimmed, white space folded
  words: number;
}

interface Rule {
  reason: Reason;
  /** Longer lines are prose that merely mentions the words; UI strings are short. */
  maxWords: number;
  patterns: readonly RegExp[];
}

const rule = (reason: Reason, maxWords: number, ...patterns: RegExp[]): Rule => ({ reason, maxWords, patterns });

// Headers over lists of other articles' titles.
const RELATED_HEADERS = [
  /^(related|related (posts|articles|stories|news|content)|read also|also read|you may also like|more (stories|news) from|most read|most popular|latest news)$/,
  /^(читайте также|похожие (записи|новости)|lire aussi|à lire aussi|siehe auch|lesen sie auch|lee también)$/u,
];

// Interface strings of the page, matched against the line in lower case without list bullets and a trailing ':' or
// '…'. Most are anchored to the whole line; the rest are phrases no article uses.
const RULES: readonly Rule[] = [
  rule(
    'page controls',
    8,
    /^(font|text) ?size\b/,
    /^[\p{L} ]{2,20}:{1,2}(\s+[\p{L}+−–-]{1,2}){2,8}$/u, // "Colour: C C C", "Text size: A- A A+"
    /^[\p{L} ]{2,20}:?\s+(on|off)\s*[|/]?\s*(on|off)$/u, // "Images On OFF"
    /^(regular|mobile|desktop|full|text|text-only|printer-friendly|printer friendly|print|printable|classic|standard|accessible|high-contrast) version$/,
    /^(print|e-?mail|send) this (page|article|story|post)$/,
    /^(print|print page|menu|main menu|search|close|home|homepage|a- ?a ?a\+|a a a|larger text|smaller text)$/,
    /^skip to (the )?(main )?(content|navigation|menu)$/,
    /^(toggle|open|close) (navigation|menu|search)$/,
    /^(back|go|return) to (the )?top$/,
    /^(версия для (печати|слабовидящих)|размер шрифта|главная|поиск|меню)$/u,
    /^(version (imprimable|pour impression)|imprimer|druckversion|druckansicht|drucken|versión (para imprimir|imprimible)|imprimir)$/u,
  ),
  rule(
    'comment form',
    30,
    /^(leave|post|add|write|submit) (a |your )?(reply|comment|response)( cancel reply)?$/,
    /^leave a (reply|comment) to .* cancel reply$/,
    /^(start|join) the (conversation|discussion)\b/,
    /\byou are commenting using your\b/,
    /\blog ?out\s*\/\s*change\b/,
    /^fill in your details below\b/,
    /\bclick an icon to log in\b/,
    /^connecting to %s$/,
    /\byour e-?mail address will not be published\b/,
    /\brequired fields are marked\b/,
    /\bsave my name,? e-?mail,? and website\b/,
    /\bnotify me of (new|follow-up) (comments|posts)\b/,
    /\bthis site uses akismet\b/,
    /\blearn how your comment data is processed\b/,
    /\byou must be logged in to post a comment\b/,
    /^(\d+|no|one) (comments?|responses?|replies)( so far| yet)?$/,
    /^(\d+|one) (thoughts?|comments?|responses?|replies) (on|to) ["“«‘']/,
    /^(google|twitter|facebook|wordpress(\.com)?|gravatar|openid) (photo|picture|icon|logo|image|avatar)$/,
    /^(reply|cancel reply|comments?|be the first to comment)$/,
    /^(name|e-?mail|email address|website|comment|message) ?\*$/,
    /^((добавить|оставить|написать) комментарий|комментарии|ответить)$/u,
    /^(laisser un commentaire|répondre|(einen )?kommentar (hinterlassen|schreiben)|antworten|(deja|dejar|escribe) (un|tu) comentario|responder)$/u,
  ),
  rule(
    'share widget',
    10,
    /^(share|tweet|like|like this|e-?mail|whatsapp|facebook|twitter|linkedin|telegram|vk|vkontakte|odnoklassniki|reddit|pinterest|pocket|tumblr|mastodon|bluesky|threads|messenger|copy link|more)$/,
    /^share (this|on|via|to)\b/,
    /^click to (share|e-?mail|print)\b/,
    /\bbloggers? like this\b/,
    /^like loading\b/,
    /^follow us\b/,
    /^(pin|share|post|tweet|send)( it| this)? (on|to|via) (pinterest|facebook|twitter|x|linkedin|whatsapp|telegram|reddit|vk|e-?mail)\b/,
    /^(поделиться|partager|teilen|compartir)$/u,
  ),
  rule(
    'cookie or login prompt',
    8,
    /^(accept|reject|decline|allow|deny)( all)?( cookies)?$/,
    /^(manage|customi[sz]e) (cookies|preferences|settings|consent)$/,
    /^(cookie settings|got it|i agree|i accept|agree and close|ok,? got it)$/,
    /^(sign|log) ?(in|up|out)$/,
    /^(login|register|registration|my account|create (an |your )?account|forgot (your )?password\??)$/,
    /^(subscribe to (continue|keep) reading|already (a subscriber|have an account))\b/,
    /^(войти|вход|регистрация|выйти)$/u,
  ),
  // A cookie banner is a sentence or two, so it gets its own, longer limit.
  rule(
    'cookie or login prompt',
    80,
    /\bcookies?\b.*\b(we use|uses|use of|accept|consent|agree|settings|preferences|browsing|experience)\b/,
  ),
  rule('call to action', 25, /\b(click|tap) here\b/),
  rule(
    'call to action',
    15,
    /^(to )?(take part in|join|sign|donate|support (us|the|our|this)|act now|send|subscribe|sign up|register|become a|follow us|get involved)\b.*\b(campaign|petition|donat\w*|take action|newsletter|here|now|today|us)\b/,
    /^(donate|donate now|take action|act now|get involved|subscribe( now)?|read more|read the full (story|article|report)|continue reading|learn more|find out more)$/,
    /^(read more|continue reading) (at|on)\b/,
    /^read the rest of this (entry|post|article|story)\b/,
  ),
  rule(
    'footer',
    25,
    /©|\(c\) ?\d{4}|\bcopyright (\(c\) ?)?\d{4}/,
    /\b(all rights reserved|все права защищены|tous droits réservés|alle rechte vorbehalten|todos los derechos reservados)\b/u,
    /^(privacy( policy| notice| statement)?|terms( of (use|service))?|terms (and|&) conditions|cookie policy|contact( us)?|about( us)?|imprint|impressum|sitemap|site map|accessibility|advertise( with us)?|rss)$/,
    /^(powered by|designed by|proudly powered by)\b/,
    /^(blog|website|site|create a free website or blog) at wordpress\.com\.?$/,
    /^(subscribe|sign up) (to|for) (our|the) (newsletter|mailing list|updates)\b/,
  ),
  rule('link list', 8, ...RELATED_HEADERS),
  rule(
    'navigation',
    8,
    /^((daily|monthly|yearly) )?archives?( for)?\b/,
    /^(previous|next|older|newer) (post|article|entry|story|posts|entries)\b/,
    /^(posts tagged|categor(y|ies) ?:|tags ?:|tagged ?:|filed under\b|posted in ?:)/,
  ),
  rule('page template', 10, /(^|\s)%[sd](\s|$)/), // printf placeholders a widget never filled in
];

/** A header that is chrome only when links follow it ("For further information:"). */
const LINK_HEADER =
  /^(for (further|more) (information|info|details)|further (information|reading)|more (information|info)|useful links|links|sources?|references|see also)$/;
const URL = /(?:https?:\/\/|www\.)\S+|\b[\w-]+(?:\.[\w-]+)+\/\S*/g;
/** A line mostly made of addresses is a link, whatever words surround them; prose that cites a URL is well under. */
const MIN_URL_SHARE_OF_LINK_LINE = 0.6;
/** Lines after a "Related articles" header are titles: short and without a closing full stop. */
const MAX_WORDS_OF_LINKED_TITLE = 15;
/** A repeated line this short is a heading; longer, a paragraph. */
const MAX_WORDS_OF_HEADING = 20;
/** Short lines without digits between two lines of the same widget are its labels ("Google photo"). */
const MAX_WORDS_OF_WIDGET_LABEL = 3;
const MAX_LINES_OF_WIDGET_LABELS = 2;
/** Separated items, each this short, make a menu or breadcrumb ("Home | News | About us"). */
const MIN_MENU_ITEMS = 3;
const MAX_WORDS_OF_MENU_ITEM = 4;

// Keyword salad: a long run of words with no sentence punctuation that reads like no language — few function words,
// or one word stuffed in again and again.
/** Shorter paragraphs are too small for word statistics; the other rules judge them. */
const SPAM_MIN_WORDS = 40;
/** Prose has a mark (. , ; : ! ?) every 5–25 words; salad has almost none. One in 40 words still counts as none. */
const SPAM_MAX_PUNCTUATION_PER_WORD = 1 / 40;
/** Function words are 40–50% of English prose and 25–35% of Russian; salad strings nouns together. */
const SPAM_MAX_FUNCTION_WORD_SHARE = 0.2;
/** Even the subject of an article is under 5% of its words; a stuffed keyword is far more. */
const SPAM_MIN_TOP_WORD_SHARE = 0.08;
const FUNCTION_WORDS = new Set(
  [
    'the a an and or but nor of in on at to for with by from as is are was were be been being has have had do does did not no',
    'that this these those it its he she they them his her their we our you your i my me him us who whom which what when where',
    'while after before since than then there here into onto over under about against between during without within will would',
    'can could should may might must shall also all any some such so if because up out most more very only just both each',
    'и в во на с со не что по к за из о об от для как а но он она они его её ее их это был была было были также же бы ли у до при',
    'le la les de des du un une et à en que qui dans pour par sur au aux est sont il elle ils ne pas se son sa ses',
    'der die das und den dem des ein eine zu mit von ist sind nicht sich auf für im el los las y una con para es del al',
  ]
    .join(' ')
    .split(' '),
);

function isKeywordSalad(text: string): boolean {
  const words = text.toLowerCase().match(/[\p{L}\p{N}'’-]+/gu) ?? [];
  if (words.length < SPAM_MIN_WORDS) return false;
  const marks = text.match(/[.,;:!?。，！？…]/g)?.length ?? 0;
  if (marks / words.length > SPAM_MAX_PUNCTUATION_PER_WORD) return false;
  const functionWords = words.filter((w) => FUNCTION_WORDS.has(w)).length;
  const counts = new Map<string, number>();
  for (const w of words) if (!FUNCTION_WORDS.has(w) && w.length >= 3) counts.set(w, (counts.get(w) ?? 0) + 1);
  const topCount = Math.max(0, ...counts.values());
  return functionWords / words.length < SPAM_MAX_FUNCTION_WORD_SHARE || topCount / words.length >= SPAM_MIN_TOP_WORD_SHARE;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    const newline = text.indexOf('\n', start);
    const stop = newline === -1 ? text.length : newline;
    const end = stop > start && text[stop - 1] === '\r' ? stop - 1 : stop;
    const folded = text.slice(start, end).replace(/\s+/g, ' ').trim();
    lines.push({ start, end, text: folded, words: folded === '' ? 0 : folded.split(' ').length });
    if (newline === -1) break;
    start = newline + 1;
  }
  return lines;
}

const forMatching = (line: string) =>
  line
    .toLowerCase()
    .replace(/^[\s•·*>›»-]+/u, '')
    .replace(/[\s:…›»]+$/u, '')
    .replace(/\.{3}$/, '');

function matchRules(text: string, words: number): Reason | undefined {
  const key = forMatching(text);
  if (key === '') return undefined;
  const found = RULES.find((r) => words <= r.maxWords && r.patterns.some((p) => p.test(key)));
  if (found) return found.reason;
  // "Sign in / Register", "Privacy policy | Terms of use": every item is a UI string of the same kind.
  const items = key.split(/\s*[|•·]\s*|\s+\/\s+/).filter((item) => item !== '');
  if (items.length < 2) return undefined;
  const kinds = new Set(items.map((item) => RULES.find((r) => r.patterns.some((p) => p.test(item)))?.reason));
  if (kinds.size === 1 && !kinds.has(undefined)) return [...kinds][0];
  const menuItems = text.split(/\s*[|•·›»]\s*/).filter((item) => item !== '');
  const isMenu = menuItems.length >= MIN_MENU_ITEMS && menuItems.every((item) => item.split(' ').length <= MAX_WORDS_OF_MENU_ITEM);
  // Table rows look the same but carry figures and dates; a menu has none. classifyInContext confirms it by its place.
  return isMenu && !/[.!?]\s|\d/.test(text) ? 'navigation' : undefined;
}

function isLinkLine(text: string): boolean {
  const chars = text.replace(/\s/g, '').length;
  const urlChars = [...text.matchAll(URL)].reduce((sum, m) => sum + m[0].length, 0);
  return chars > 0 && urlChars / chars >= MIN_URL_SHARE_OF_LINK_LINE;
}

function classifyLine(line: Line): Reason | undefined {
  if (line.words === 0) return undefined;
  if (isKeywordSalad(line.text)) return 'spam paragraph';
  if (isLinkLine(line.text)) return 'link list';
  return matchRules(line.text, line.words);
}

const comparable = (text: string) => text.toLowerCase();
const hasLetters = (text: string) => (text.match(/\p{L}/gu)?.length ?? 0) >= 2;
const nonBlank = (lines: readonly Line[]) => lines.map((_, i) => i).filter((i) => lines[i]?.words !== 0);

/** Rules that need a line's neighbours: link headers, repeated headings, labels inside a widget, related titles. */
function classifyInContext(lines: readonly Line[], reasons: (Reason | undefined)[]): void {
  const order = nonBlank(lines);
  order.forEach((index, k) => {
    const line = lines[index];
    const next = lines[order[k + 1] ?? -1];
    const previous = lines[order[k - 1] ?? -1];
    if (!line || reasons[index]) return;
    if (next && LINK_HEADER.test(forMatching(line.text)) && isLinkLine(next.text)) reasons[index] = 'link list';
    else if (previous && hasLetters(line.text) && comparable(previous.text) === comparable(line.text))
      reasons[index] = line.words <= MAX_WORDS_OF_HEADING ? 'repeated heading' : 'repeated paragraph';
  });
  confirmMenus(order, reasons);
  absorbWidgetLabels(lines, order, reasons);
  absorbRelatedTitles(lines, order, reasons);
}

/** A menu stands at the top or bottom of the page or beside other chrome; pipe-separated lines inside the article stay. */
function confirmMenus(order: readonly number[], reasons: (Reason | undefined)[]): void {
  const isChrome = (k: number) => {
    if (k < 0 || k >= order.length) return true; // the top or the bottom of the page
    const reason = reasons[order[k] ?? -1];
    return reason !== undefined && reason !== 'navigation';
  };
  let k = 0;
  while (k < order.length) {
    if (reasons[order[k] ?? -1] !== 'navigation') {
      k++;
      continue;
    }
    let end = k;
    while (reasons[order[end + 1] ?? -1] === 'navigation') end++;
    if (!isChrome(k - 1) && !isChrome(end + 1)) for (let j = k; j <= end; j++) reasons[order[j] ?? -1] = undefined;
    k = end + 1;
  }
}

const isWidgetLabel = (line: Line) => line.words <= MAX_WORDS_OF_WIDGET_LABEL && !/[\d.!?]/.test(line.text);

function absorbWidgetLabels(lines: readonly Line[], order: readonly number[], reasons: (Reason | undefined)[]): void {
  for (let k = 1; k < order.length; k++) {
    let last = k;
    while (last < order.length && last - k < MAX_LINES_OF_WIDGET_LABELS) {
      const index = order[last] ?? -1;
      const line = lines[index];
      if (!line || reasons[index] || !isWidgetLabel(line)) break;
      last++;
    }
    const before = reasons[order[k - 1] ?? -1];
    const after = reasons[order[last] ?? -1];
    if (last === k || !before || before !== after || before.startsWith('repeated') || before === 'spam paragraph') continue;
    for (let j = k; j < last; j++) reasons[order[j] ?? -1] = before;
  }
}

/** Titles under a "Related articles" header, as long as nothing but titles and chrome follows to the end. */
function absorbRelatedTitles(lines: readonly Line[], order: readonly number[], reasons: (Reason | undefined)[]): void {
  const header = order.findLastIndex((i) => RELATED_HEADERS.some((p) => p.test(forMatching(lines[i]?.text ?? ''))));
  if (header === -1) return;
  const rest = order.slice(header + 1);
  const isTitle = (i: number) => {
    const line = lines[i];
    return line !== undefined && line.words <= MAX_WORDS_OF_LINKED_TITLE && !/[.!?]["”»]?$/.test(line.text);
  };
  if (!rest.every((i) => reasons[i] !== undefined || isTitle(i))) return;
  for (const i of rest) reasons[i] ??= 'link list';
}

/** Hard-wrapped prose lines are this long but for the last; a list, one short item per line, is not one paragraph. */
const MIN_WORDS_PER_WRAPPED_LINE = 8;
const LIST_ITEM = /^\s*([-–—•*·|>]|\d+[.)]\s|#)/;

/** Keyword salad hard-wrapped over several lines is judged as the paragraph it is. */
function markWrappedSalad(lines: readonly Line[], reasons: (Reason | undefined)[]): void {
  let first = 0;
  for (let i = 0; i <= lines.length; i++) {
    if (i < lines.length && lines[i]?.words !== 0) continue;
    const block = lines.slice(first, i);
    const wrapped =
      block.slice(0, -1).every((line) => line.words >= MIN_WORDS_PER_WRAPPED_LINE) && !block.some((l) => LIST_ITEM.test(l.text));
    if (block.length > 1 && wrapped && isKeywordSalad(block.map((l) => l.text).join(' ')))
      for (let j = first; j < i; j++) reasons[j] = 'spam paragraph';
    first = i + 1;
  }
}

/** The boilerplate in `text`: sorted, non-overlapping spans of whole lines (without their line breaks). */
export function findBoilerplate(text: string): RemovedSpan[] {
  const lines = splitLines(text);
  const reasons = lines.map(classifyLine);
  markWrappedSalad(lines, reasons);
  classifyInContext(lines, reasons);
  return lines.flatMap((line, i) => {
    const reason = reasons[i];
    return reason ? [{ start: line.start, end: line.end, reason }] : [];
  });
}

/** The text without the removed spans, blank lines collapsed: for display and logs, not for offsets. */
export function keptText(text: string, removed: readonly RemovedSpan[]): string {
  let kept = '';
  let at = 0;
  for (const span of [...removed].sort((a, b) => a.start - b.start)) {
    if (span.start < at) continue;
    kept += text.slice(at, span.start);
    const lineBreak = /^\r?\n/.exec(text.slice(span.end, span.end + 2));
    const atLineStart = span.start === 0 || text[span.start - 1] === '\n';
    at = span.end + (atLineStart && lineBreak ? lineBreak[0].length : 0);
  }
  kept += text.slice(at);
  return kept
    .replace(/\n[ \t\r]*(?=\n)/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+/, '')
    .replace(/\n+$/, text.endsWith('\n') ? '\n' : '');
}

/** Whether [start, end) overlaps a removed span (an empty range: whether its position lies inside one). */
export function isRemoved(removed: readonly RemovedSpan[], start: number, end: number): boolean {
  return removed.some((span) => (end > start ? span.start < end && start < span.end : span.start <= start && start < span.end));
}
