// One report, read: what cleaning removed, the sentences left, the names and values in them and which entities the
// names are, and the facts proposed. Pure: the caller brings what the graph knows; nothing is written here.
import { findBoilerplate, type RemovedSpan } from './clean-text.js';
import { findNames, nameRules } from './find-names.js';
import { findValues, type ValueMention } from './find-values.js';
import type { Gazetteer } from './gazetteer.js';
import type { Lexicon } from './lexicon.js';
import { linkNames, type LinkedName } from './link-names.js';
import { proposeFacts } from './propose-facts.js';
import type { Proposals } from './proposals.js';
import { compromiseTagger, type Tagger } from './taggers.js';
import { splitSentences } from './text-units.js';

export interface Mention {
  text: string;
  start: number;
  end: number;
  kind: string;
  subkind: string | null;
  /** Dates: YYYY[-MM[-DD]] or null; sums and lengths: as written. Names: null. */
  value: string | null;
  link: { entityId: string | null; score: number; reasons: string[] } | null;
}

export interface Analysis extends Proposals {
  removed: RemovedSpan[];
  mentions: Mention[];
}

export function analyseReport(
  text: string,
  reportDate: string | null,
  gazetteer: Gazetteer,
  lexicon: Lexicon,
  tagger: Tagger = compromiseTagger,
): Analysis {
  const removed = findBoilerplate(text);
  const sentences = splitSentences(text, removed);
  const names = linkNames(findNames(sentences, gazetteer, nameRules(lexicon), tagger), gazetteer);
  const values = sentences.flatMap((s) => findValues(s, reportDate));
  const proposals = proposeFacts({ sentences, names, values, gazetteer, lexicon });
  const mentions = [...names.map(nameMention), ...values.map(valueMention)].sort((a, b) => a.start - b.start);
  return { removed, mentions, ...proposals };
}

const nameMention = (n: LinkedName): Mention => ({
  text: n.text,
  start: n.start,
  end: n.end,
  kind: n.kind,
  subkind: n.subkind,
  value: null,
  link: n.link,
});

const valueMention = (v: ValueMention): Mention => ({
  text: v.text,
  start: v.start,
  end: v.end,
  kind: v.kind,
  subkind: null,
  value: v.value,
  link: null,
});
