/**
 * What kind of X: a compound term of the article ("a power attack", "brackish water", "brain cells") asked from its
 * sentence, against the article's other compounds on the same head noun ("a timing attack", "an electromagnetic
 * attack"). A shared head keeps the options of one semantic class, and only a reader knows which one the sentence
 * is about. The article's umbrella term (the most used compound, or one in the title) is never an option: it would
 * be true of its own kinds.
 */
import type { Facts } from '../facts/3-facts';
import { containsWord } from '../facts/3-facts';
import type { Sentence, Token } from '../text/2-annotate';
import { BLANK, blankOrReject, countWords, givesAway, type Built } from './stem';

// Unicode-property patterns hoisted out of the functions below: some compilers turn such a literal into a
// `new RegExp` at its site, built again on every call.
const STARTS_UPPER = /^\p{Lu}/u;

interface Compound {
  sentence: Sentence;
  /** Offsets of the blank: the article "a"/"an" when there is one, the modifier, the head. */
  start: number;
  end: number;
  modifier: string;
  head: Token;
  article: string;
}

// Modifiers that qualify rather than name a kind: "other attacks", "new research", "recent studies".
const GENERIC = new Set(
  'other such many much more most less few several same different certain new old recent previous next last first second third final main major minor big small large little high low long short good bad best worst own early earlier late later current former similar various additional further whole entire total general overall particular specific common usual normal real true possible likely key important significant potential individual local national international public private single multiple average annual daily'.split(' '),
);
// Modifiers that name the same kind: "a news conference" is "a press conference".
const SYNONYMS = [['news', 'press'], ['film', 'movie'], ['car', 'auto'], ['phone', 'telephone'], ['cell', 'mobile'], ['gun', 'firearm'], ['sea', 'ocean'], ['street', 'road']];
// Heads too vague to make a term of ("the same way", "a long time").
const VAGUE_HEADS = new Set('way time thing things part lot kind sort type number amount year years day days people person case cases point fact example place side end group one'.split(' '));
// A derived adjective names a class ("electromagnetic", "drinkable", "speculative"); plain ones ("false", "young") rarely do.
const CLASSIFYING_ADJ = /(al|ic|ive|ous|ary|ar|ent|ant|ible|able|ical|ian|ese)$/;

function findCompounds(s: Sentence): Compound[] {
  const out: Compound[] = [];
  const toks = s.tokens;
  for (let i = 1; i < toks.length; i++) {
    const head = toks[i]!;
    const mod = toks[i - 1]!;
    if (head.pos !== 'NOUN' || !/^[a-z][a-z-]{2,}$/.test(head.text) || VAGUE_HEADS.has(head.lemma.toLowerCase())) continue;
    // The head ends the phrase: "youth suicide rate" is no "youth suicide".
    const next = toks[i + 1];
    if (next && /^(NOUN|PROPN)$/.test(next.pos) && next.start === head.end + 1) continue;
    if (mod.end + 1 !== head.start || !/^[A-Za-z][a-z-]{2,}$/.test(mod.text)) continue;
    const lower = mod.text.toLowerCase();
    if (GENERIC.has(lower)) continue;
    // A capitalised modifier mid-sentence is a name ("Intel processors"): names have their own questions.
    if (STARTS_UPPER.test(mod.text) && mod.start !== s.start) continue;
    // The tagger reads a capitalised sentence opener as a name: "Electromagnetic attacks examine ...".
    const pos = mod.pos === 'PROPN' && mod.start === s.start && CLASSIFYING_ADJ.test(lower) ? 'ADJ' : mod.pos;
    if (!(pos === 'NOUN' || (pos === 'ADJ' && CLASSIFYING_ADJ.test(lower)))) continue;
    // Exactly one modifier: "household gun ownership" has no single kind of ownership to swap.
    const before = toks[i - 2];
    if (before && /^(NOUN|ADJ|PROPN|NUM)$/.test(before.pos) && before.end + 1 === mod.start) continue;
    // Part of a longer word ("side-channel", "Tonagawa’s"): not a modifier on its own.
    if (before && before.end === mod.start) continue;
    const article = before && /^(a|an)$/i.test(before.text) && before.end + 1 === mod.start ? before : undefined;
    out.push({ sentence: s, start: article?.start ?? mod.start, end: head.end, modifier: lower, head, article: article ? 'a' : '' });
  }
  return out;
}

const withArticle = (phrase: string) => `${/^[aeiou]/.test(phrase) ? 'an' : 'a'} ${phrase}`;

/** Singular and plural forms count as one term. */
const termOf = (c: Compound) => `${c.modifier} ${c.head.lemma.toLowerCase()}`;

export function buildTermQuestions(facts: Facts): Built[] {
  const compounds = facts.sentences.flatMap(findCompounds);
  const byHead = new Map<string, Compound[]>();
  for (const c of compounds) byHead.set(c.head.lemma.toLowerCase(), [...(byHead.get(c.head.lemma.toLowerCase()) ?? []), c]);
  const title = (facts.title ?? '').toLowerCase();
  const out: Built[] = [];
  for (const group of byHead.values()) {
    const counts = new Map<string, number>();
    for (const c of group) counts.set(c.modifier, (counts.get(c.modifier) ?? 0) + 1);
    if (counts.size < 4) continue;
    // The umbrella term: the most used compound on this head (when used at least three times), or one in the title.
    const top = Math.max(...counts.values());
    const umbrella = (m: string) => (top >= 3 && counts.get(m) === top) || containsWord(title, `${m} ${group[0]!.head.lemma}`) || containsWord(title, m);
    const seen = new Set<string>();
    for (const c of group) {
      if (umbrella(c.modifier) || seen.has(termOf(c))) continue;
      const s = c.sentence;
      const headText = c.head.text.toLowerCase();
      const form = (m: string) => (c.article ? withArticle(`${m} ${headText}`) : `${m} ${headText}`);
      const key = form(c.modifier);
      const distractors: string[] = [];
      for (const m of [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)! || a.localeCompare(b))) {
        if (m === c.modifier || umbrella(m) || containsWord(s.text, m) || SYNONYMS.some((pair) => pair.includes(m) && pair.includes(c.modifier))) continue;
        distractors.push(form(m));
        if (distractors.length === 3) break;
      }
      const stemOrReason = blankOrReject('term', s, c.start, c.end);
      if ('reason' in stemOrReason) {
        out.push(stemOrReason);
        continue;
      }
      const stem = stemOrReason.stem;
      if (distractors.length < 3) {
        out.push({ kind: 'term', stem, reason: 'fewer than three other terms on the same head noun' });
        continue;
      }
      if (givesAway(stem, c.modifier, facts)) {
        out.push({ kind: 'term', stem, reason: 'stem gives the key away' });
        continue;
      }
      // "_____ studies electricity use.": a short definition restates its term ("power") in other words.
      if (stem.startsWith(BLANK) && countWords(stem) <= 14) {
        out.push({ kind: 'term', stem, reason: 'a definition names its own term' });
        continue;
      }
      seen.add(termOf(c));
      out.push({ kind: 'term', stem, key, distractors, sentence: s, factKey: `term:${termOf(c)}`, closeness: 1, weight: 0.95 });
    }
  }
  return out;
}
