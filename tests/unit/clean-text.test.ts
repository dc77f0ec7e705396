import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findBoilerplate, isRemoved, keptText, type RemovedSpan } from '../../server/ingest/clean-text.js';

// The seed case keeps its sources already cleaned by hand; the pages as scraped (in the shared seeds) are rebuilt
// here from them and the chrome each one carried, so the test runs on a clean clone.
const SOURCES = new URL('../../seed/cases/kazakhstan-trade-unions/sources/', import.meta.url);
const SCRAPED = new URL('../../../shared/seeds/', import.meta.url);
const source = (name: string) => readFileSync(new URL(name, SOURCES), 'utf8');

const HEADLINE_000 = 'Give support to the independent trade unions of Kazakhstan';
const PAGE_CONTROLS_000 = ['Font size::', 'Colour: C C C', 'Images On OFF', 'Regular version'];
const LOG_OUT = 'Log\u00A0Out\u00A0/\u00A0 Change\u00A0)';
const COMMENT_FORM_001 = [
  'Leave a Reply',
  'Fill in your details below or click an icon to log in: Logo',
  `You are commenting using your account. ${LOG_OUT}`,
  'Google photo',
  `You are commenting using your Google account. ${LOG_OUT}`,
  'Twitter picture',
  `You are commenting using your Twitter account. ${LOG_OUT}`,
  'Facebook photo',
  `You are commenting using your Facebook account. ${LOG_OUT}`,
  'Connecting to %s',
  '%d bloggers like this:',
];
const SPAM_004 = [
  'business efficient articles new efficient business opportunities finance efficient deposit money efficient making art loan',
  'efficient deposits make efficient your home good income efficient outcome issue medicine efficient drugs marken efficient money',
  'trends self efficient roof repairing market efficient online secure efficient skin tools wedding efficient jewellery newspaper',
  'efficient for magazine geo efficient places business efficient design Car efficient and Jips production efficient business ladies',
  'efficient cosmetics sector sport efficient and fat burn vat efficient insurance price fitness efficient program furniture efficient',
  'at home which efficient insurance firms new efficient devoloping technology healthy efficient nutrition dress efficient up company',
  'efficient income insurance efficient and life dream efficient home create efficient new business individual efficient loan form',
  'cooking efficient ingredients which efficient firms is good choosing efficient most efficient business comment efficient on goods',
  'technology efficient business secret efficient of business company efficient redirects credits efficient in business guide',
  'efficient for business cheap efficient insurance tips selling efficient abroad protein efficient diets improve efficient your home',
  'security efficient importance',
].join(' ');

const SEEDS: Record<string, { scraped: () => string; boilerplate: string[] }> = {
  '000_760c9d7c1e926fee.txt': {
    scraped: () => [...PAGE_CONTROLS_000, '', HEADLINE_000, '', source('000_760c9d7c1e926fee.txt')].join('\n'),
    boilerplate: [...PAGE_CONTROLS_000, HEADLINE_000, 'Take part in a campaign'],
  },
  '001_5d51890738cb558a.txt': {
    scraped: () => source('001_5d51890738cb558a.txt') + '\n' + COMMENT_FORM_001.join('\n\n'),
    boilerplate: COMMENT_FORM_001,
  },
  '002_06c7abdfee648ecc.txt': {
    scraped: () => source('002_06c7abdfee648ecc.txt'),
    boilerplate: [
      'For further information:',
      '-\u00A0www.ituc-csi.org/kazakhstan-two-union-leaders',
      '-\u00A0perc.ituc-csi.org/ITUC-letter-to-Kazakh-authorities-regarding-attacks-against-Dmitriy-Senyavskiy',
      '-\u00A0perc.ituc-csi.org/ITUC-letter-to-President-Nazarbayev-regarding-situation-of-ITUC-affiliate-CITUK',
      'To join the LabourStart Campaign on Kazakhstan.',
    ],
  },
  '003_070f39f0f6b30c69.txt': { scraped: () => source('003_070f39f0f6b30c69.txt'), boilerplate: [] },
  '004_4993d1cd090f0092.txt': {
    scraped: () => `${SPAM_004}\n\n${source('004_4993d1cd090f0092.txt').replace(/^(23 January 2017.*)$/m, '$1\nPrinter-friendly version')}`,
    boilerplate: [
      SPAM_004,
      'Printer-friendly version',
      'Workers in Kazakhstan need international solidarity and support - CLICK HERE TO SEND A MESSAGE TO THE GOVERNMENT OF KAZAKHSTAN',
    ],
  },
};

const removedTexts = (text: string, spans: readonly RemovedSpan[]) => spans.map((s) => text.slice(s.start, s.end));

/** Every sentence of `article` (lines, or sentences within them) is in `text` at a place nothing was removed from. */
function expectKept(text: string, spans: readonly RemovedSpan[], article: readonly string[]): void {
  const sentences = article.flatMap((line) => line.split(/(?<=[.!?][”"]?)\s+/)).filter((s) => s.trim() !== '');
  for (const sentence of sentences) {
    const at = text.indexOf(sentence);
    expect(at, sentence).toBeGreaterThanOrEqual(0);
    expect(isRemoved(spans, at, at + sentence.length), sentence).toBe(false);
  }
}

const linesOf = (text: string) => text.split('\n').filter((line) => line.trim() !== '');

describe('cleaning the seed reports', () => {
  it.skipIf(!existsSync(SCRAPED))('rebuilds each scraped page exactly as it was scraped', () => {
    for (const [name, seed] of Object.entries(SEEDS)) {
      expect(seed.scraped().trimEnd(), name).toBe(readFileSync(new URL(name, SCRAPED), 'utf8').trimEnd());
    }
  });

  for (const [name, seed] of Object.entries(SEEDS)) {
    it(`${name}: removes exactly its chrome and keeps every sentence of the article`, () => {
      const text = seed.scraped();
      const spans = findBoilerplate(text);
      expect(removedTexts(text, spans)).toEqual(seed.boilerplate);
      const boilerplate = new Set(seed.boilerplate);
      expectKept(
        text,
        spans,
        linesOf(source(name)).filter((line) => !boilerplate.has(line) || line === HEADLINE_000),
      );
    });
  }

  it('names why each part of the seeds was removed', () => {
    const reasons = (name: string) => [...new Set(findBoilerplate(SEEDS[name]?.scraped() ?? '').map((s) => s.reason))];
    expect(reasons('000_760c9d7c1e926fee.txt')).toEqual(['page controls', 'repeated heading', 'call to action']);
    expect(reasons('001_5d51890738cb558a.txt')).toEqual(['comment form', 'share widget']);
    expect(reasons('002_06c7abdfee648ecc.txt')).toEqual(['link list', 'call to action']);
    expect(reasons('004_4993d1cd090f0092.txt')).toEqual(['spam paragraph', 'page controls', 'call to action']);
  });

  it('keeps the headline of 000 once, and drops the repeat that follows it', () => {
    const text = SEEDS['000_760c9d7c1e926fee.txt']?.scraped() ?? '';
    const kept = keptText(text, findBoilerplate(text));
    expect(kept.split(HEADLINE_000)).toHaveLength(2);
    expect(kept.startsWith(`${HEADLINE_000}\n\nThe independent trade unions remain under pressure`)).toBe(true);
  });

  it('keeps the date line, the adoption line of 001 and the unpunctuated last sentence of 004', () => {
    const text001 = SEEDS['001_5d51890738cb558a.txt']?.scraped() ?? '';
    const kept001 = keptText(text001, findBoilerplate(text001));
    expect(kept001).toContain('\n13 Dec\n');
    expect(kept001.endsWith('Adopted by the Central Council of University Solidarity, 10 December 2016.')).toBe(true);
    const text004 = SEEDS['004_4993d1cd090f0092.txt']?.scraped() ?? '';
    const kept004 = keptText(text004, findBoilerplate(text004));
    expect(
      kept004.startsWith("Defend Kazakhstan's independent trade unions!\n\n23 January 2017\u00A0Urgent Action\n\nThe authoritarian"),
    ).toBe(true);
    expect(kept004).toMatch(/have been arrested in police sweeps\. .*FPRK\.\n\nOil service workers .* are under arrest\n$/s);
  });
});

// Pages nobody wrote the rules from.
const NEWS_PAGE = `Skip to main content
Menu
Search
Home | World | Asia | Labour | About us
Sign in / Register

Kazakhstan: union activist detained in Atyrau

Share on Facebook
Share on Twitter
Email this article

ATYRAU, 12 March 2019

Police in Atyrau detained Aigul Sadykova, a leader of the regional oil workers' union, on Tuesday morning, her colleagues said. She was taken from her home before dawn and has not been allowed to see a lawyer.

“They came at six and did not show a warrant,” said her husband, Marat Sadykov.

The union's demands:
- the immediate release of Aigul Sadykova;
- an end to the prosecution of union members
- registration of the independent union

Earlier arrests

In January two other activists were fined for organising an "unsanctioned" meeting.

Support for the campaign grew after the arrests, and workers in three towns joined it.

Related articles
Kazakhstan jails second union leader
ILO mission denied access to Shymkent prison

© 2019 Example News Ltd. All rights reserved.
Privacy policy | Terms of use | Contact us
`;

const BLOG_POST = `Hunger strike enters its tenth day

Posted on 14 January 2017 by admin

Forty oil workers in Zhanaozen have refused food for ten days, demanding that the court reverse the dissolution of their union.

Their message is simple: the union belongs to the workers.

Share this:
Twitter
Facebook

Like this:
Like Loading...

Related

2 thoughts on “Hunger strike enters its tenth day”

Leave a comment
Your email address will not be published. Required fields are marked *
Comment *
Name *
Email *
Website
Save my name, email, and website in this browser for the next time I comment.
Post Comment
This site uses Akismet to reduce spam. Learn how your comment data is processed.
Blog at WordPress.com.`;

const COOKIE_PAGE = `We use cookies to give you the best experience on our website. By continuing to browse, you agree to our use of cookies.
Accept all
Reject all
Cookie settings

Court upholds ban on confederation

ALMATY — The Supreme Court on Thursday upheld the ban on the Confederation of Independent Trade Unions, ending the last appeal open to it.

“Enough.”

That was all the union's lawyer would say outside the courtroom.

Subscribe to our newsletter
Follow us on Twitter`;

const SEO_SPAM = [
  'best cheap flights online booking discount hotel deals travel insurance quotes car rental offers cheap flights last minute',
  'holiday packages luxury cruise deals cheap flights student discount airline tickets compare prices hotel booking cheap flights',
  'weekend breaks family holidays beach resorts cheap flights city breaks',
].join(' ');
const SALAD_WITHOUT_REPEATS = [
  'garden furniture sale outdoor lighting solar panels roof tiles kitchen cabinets bathroom mirrors wall paint floor tiles',
  'garage doors window blinds curtain rails bed linen sofa covers dining tables office chairs desk lamps bookshelves wardrobes',
  'shoe racks coat hooks door mats rugs carpets',
].join(' ');
const NAMES_IN_PROSE = [
  'Those still held include Erlan Baltabay, Amin Yeleusinov, Nurbek Kushakbayev, Dmitriy Senyavskiy, Larisa Kharkova, Maks Bokayev,',
  'Talgat Ayan, Aigul Sadykova, Marat Sadykov, Yerzhan Elshibayev, Kuanysh Kaliev, Askar Omarov, Bolat Seitkali, Gulnara Zhuaspayeva,',
  'Serik Medetbekov and Zhanbolat Mamay',
].join(' ');
const RUN_ON_SENTENCE = [
  'The workers who had gathered outside the regional court in the early hours of the morning stood in silence while the judge',
  'read out the verdict and when it was over they walked together to the office of the union where they decided that they would',
  'continue the strike until all of their colleagues had been released from detention',
].join(' ');
const SPAM_PAGE = [
  'Prisoners of conscience',
  SEO_SPAM,
  NAMES_IN_PROSE,
  'Detained in 2018:\nErlan Baltabay\nAmin Yeleusinov\nNurbek Kushakbayev\nDmitriy Senyavskiy\nLarisa Kharkova',
  RUN_ON_SENTENCE,
  SALAD_WITHOUT_REPEATS,
].join('\n\n');

const RUSSIAN_PAGE = `Главная
Версия для печати

В Шымкенте суд приговорил председателя Конфедерации независимых профсоюзов Ларису Харькову к четырём годам ограничения свободы.

Поделиться
Все права защищены © 2017`;

function removedAndKept(text: string) {
  const spans = findBoilerplate(text);
  return { spans, removed: removedTexts(text, spans), kept: keptText(text, spans) };
}

describe('cleaning pages the rules were not written from', () => {
  it('removes a news page’s menus, share links, related titles and footer, and keeps its headline, dateline, quote and demands', () => {
    const { spans, removed } = removedAndKept(NEWS_PAGE);
    expect(removed).toEqual([
      'Skip to main content',
      'Menu',
      'Search',
      'Home | World | Asia | Labour | About us',
      'Sign in / Register',
      'Share on Facebook',
      'Share on Twitter',
      'Email this article',
      'Related articles',
      'Kazakhstan jails second union leader',
      'ILO mission denied access to Shymkent prison',
      '© 2019 Example News Ltd. All rights reserved.',
      'Privacy policy | Terms of use | Contact us',
    ]);
    expect(spans.map((s) => s.reason)).toEqual([
      'page controls',
      'page controls',
      'page controls',
      'navigation',
      'cookie or login prompt',
      'share widget',
      'share widget',
      'page controls',
      'link list',
      'link list',
      'link list',
      'footer',
      'footer',
    ]);
    const article = linesOf(NEWS_PAGE).slice(5, 19);
    expect(article[0]).toBe('Kazakhstan: union activist detained in Atyrau');
    expectKept(
      NEWS_PAGE,
      spans,
      article.filter((line) => !removed.includes(line)),
    );
  });

  it('removes a blog’s share buttons and a comment form worded differently, labels between its fields included', () => {
    const { spans, removed, kept } = removedAndKept(BLOG_POST);
    expect(removed).toEqual(linesOf(BLOG_POST).slice(4));
    expect(new Set(spans.map((s) => s.reason))).toEqual(new Set(['share widget', 'link list', 'comment form', 'footer']));
    expect(kept).toBe(linesOf(BLOG_POST).slice(0, 4).join('\n\n'));
  });

  it('removes a cookie banner with its buttons and a newsletter footer, and keeps a one-word quote', () => {
    const { removed, kept } = removedAndKept(COOKIE_PAGE);
    expect(removed).toEqual([...linesOf(COOKIE_PAGE).slice(0, 4), 'Subscribe to our newsletter', 'Follow us on Twitter']);
    expect(kept).toBe(linesOf(COOKIE_PAGE).slice(4, 8).join('\n\n'));
  });

  it('removes keyword salad but keeps long lists of names and run-on sentences that read like prose', () => {
    const { spans, removed } = removedAndKept(SPAM_PAGE);
    expect(removed).toEqual([SEO_SPAM, SALAD_WITHOUT_REPEATS]);
    expect(spans.every((s) => s.reason === 'spam paragraph')).toBe(true);
    expectKept(SPAM_PAGE, spans, [
      'Prisoners of conscience',
      NAMES_IN_PROSE,
      RUN_ON_SENTENCE,
      ...linesOf(SPAM_PAGE.split('\n\n')[3] ?? ''),
    ]);
  });

  it('removes keyword salad hard-wrapped over several lines as one paragraph', () => {
    const wrapped = `Report\n\n${SEO_SPAM.replace(/(\S+ \S+ \S+ \S+ \S+ \S+ \S+ \S+ \S+ \S+) /g, '$1\n')}\n\nThe court met on Monday.`;
    const { kept } = removedAndKept(wrapped);
    expect(kept).toBe('Report\n\nThe court met on Monday.');
  });

  it('removes page controls, share buttons and footers worded in Russian', () => {
    const { removed, kept } = removedAndKept(RUSSIAN_PAGE);
    expect(removed).toEqual(['Главная', 'Версия для печати', 'Поделиться', 'Все права защищены © 2017']);
    expect(kept).toBe(linesOf(RUSSIAN_PAGE)[2]);
  });

  it('keeps short headings, imperative headlines, table rows and sentences that merely start like a UI string', () => {
    const text = [
      'Free Erlan Baltabay!',
      'Background',
      'The union’s newsletter was banned in 2016, and its copyright holder was fined.',
      'Workers were asked to sign a petition to the president.',
      'ASTANA, 3 May',
      'Statement by the union',
      'One response to the crackdown was a strike in Zhanaozen.',
      'Act on Trade Unions is now in force, and Copyright law was used against the union.',
      'X',
      'Almaty | Astana | Shymkent',
      'Nurbek Kushakbayev | calls for a strike | 2.5 years',
    ].join('\n\n');
    expect(findBoilerplate(text)).toEqual([]);
  });

  it('keeps a header over plain text, and removes a bare link anywhere', () => {
    const text = 'For further information:\n\nThe union can be reached through its regional offices.\n\nhttps://example.org/report.pdf';
    expect(removedAndKept(text).removed).toEqual(['https://example.org/report.pdf']);
  });
});

describe('spans and their use', () => {
  it('covers a line without its line break, on Windows line ends too', () => {
    const text = 'Share this:\r\nThe court met.\r\n';
    expect(findBoilerplate(text)).toEqual([{ start: 0, end: 11, reason: 'share widget' }]);
    expect(keptText(text, findBoilerplate(text))).toBe('The court met.\r\n');
  });

  it('joins what is left without leaving a paragraph break where a line was cut out', () => {
    const text = 'Headline\nPrint\nFirst paragraph.\n\n\nMenu\n\nSecond paragraph.\n';
    expect(keptText(text, findBoilerplate(text))).toBe('Headline\nFirst paragraph.\n\nSecond paragraph.\n');
  });

  it('tells whether a range overlaps a removed span', () => {
    const spans: RemovedSpan[] = [{ start: 10, end: 20, reason: 'footer' }];
    expect(isRemoved(spans, 0, 10)).toBe(false);
    expect(isRemoved(spans, 5, 11)).toBe(true);
    expect(isRemoved(spans, 19, 30)).toBe(true);
    expect(isRemoved(spans, 20, 30)).toBe(false);
    expect(isRemoved(spans, 15, 15)).toBe(true);
    expect(isRemoved(spans, 20, 20)).toBe(false);
  });
});
