// The lines of a scraped report and the rules that know a line for page chrome by its own words: the interface
// strings of pages (controls, share and comment widgets, cookie and login prompts, calls to action, footers,
// navigation), lines made of addresses, and menus.

/** Why a line was removed; each is the `reason` of a RemovedSpan. */
export type Reason =
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

export interface Line {
  start: number;
  end: number;
  text: string; // trimmed, white space folded
  words: number;
}

export function splitLines(text: string): Line[] {
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

interface Rule {
  reason: Reason;
  /** Longer lines are prose that merely mentions the words; UI strings are short. */
  maxWords: number;
  patterns: readonly RegExp[];
}

const rule = (reason: Reason, maxWords: number, ...patterns: RegExp[]): Rule => ({ reason, maxWords, patterns });

// Headers over lists of other articles' titles.
export const RELATED_HEADERS = [
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

const URL = /(?:https?:\/\/|www\.)\S+|\b[\w-]+(?:\.[\w-]+)+\/\S*/g;
/** A line mostly made of addresses is a link, whatever words surround them; prose that cites a URL is well under. */
const MIN_URL_SHARE_OF_LINK_LINE = 0.6;
/** Separated items, each this short, make a menu or breadcrumb ("Home | News | About us"). */
const MIN_MENU_ITEMS = 3;
const MAX_WORDS_OF_MENU_ITEM = 4;

export const forMatching = (line: string) =>
  line
    .toLowerCase()
    .replace(/^[\s•·*>›»-]+/u, '')
    .replace(/[\s:…›»]+$/u, '')
    .replace(/\.{3}$/, '');

/** The first rule matching `key` among those that allow a line of `words` words (by default, among all of them). */
const ruleFor = (key: string, words = 0) => RULES.find((r) => words <= r.maxWords && r.patterns.some((p) => p.test(key)));

export function matchRules(text: string, words: number): Reason | undefined {
  const key = forMatching(text);
  if (key === '') return undefined;
  const found = ruleFor(key, words);
  if (found) return found.reason;
  // "Sign in / Register", "Privacy policy | Terms of use": every item is a UI string of the same kind.
  const items = key.split(/\s*[|•·]\s*|\s+\/\s+/).filter((item) => item !== '');
  if (items.length < 2) return undefined;
  const kinds = new Set(items.map((item) => ruleFor(item)?.reason));
  if (kinds.size === 1 && !kinds.has(undefined)) return [...kinds][0];
  const menuItems = text.split(/\s*[|•·›»]\s*/).filter((item) => item !== '');
  const isMenu = menuItems.length >= MIN_MENU_ITEMS && menuItems.every((item) => item.split(' ').length <= MAX_WORDS_OF_MENU_ITEM);
  // Table rows look the same but carry figures and dates; a menu has none. classifyInContext
  // (boilerplate-context.ts) confirms it by its place.
  return isMenu && !/[.!?]\s|\d/.test(text) ? 'navigation' : undefined;
}

export function isLinkLine(text: string): boolean {
  const chars = text.replace(/\s/g, '').length;
  const urlChars = [...text.matchAll(URL)].reduce((sum, m) => sum + m[0].length, 0);
  return chars > 0 && urlChars / chars >= MIN_URL_SHARE_OF_LINK_LINE;
}
