/** Who / which organisation / which place: a name of the article asked from the sentence that states it. */
import type { RejectedCandidate } from '../schema';
import type { QuestionKind } from '../schema';
import { pickNameDistractors, isBalanced } from '../distractors';
import type { Facts, NameSpan } from '../facts/3-facts';
import { SPEECH_VERBS } from '../facts/lexicon';
import { dropCountryBeforeBlank, isActor, isImpliedBySentence, isTruncatedName, readLikelyGender } from '../roles';
import { classifyPlace } from '../model/gazetteer';
import { fullNamesOf, lastWord } from '../facts/names';
import type { Sentence } from '../text/2-annotate';
import { asQuestion, balancedQuotes, BLANK, blankOrReject, checkSentence, COORDINATED_CLAUSE, countWords, givesAway, MAX_STEM_WORDS, MIN_BLANK_STEM_WORDS, outsideQuotes, shortenStem, stripLead, type Built } from './stem';

// Unicode-property patterns hoisted out of the functions below: some compilers turn such a literal into a
// `new RegExp` at its site, built again on every call.
const TITLE_WORDS_ONLY = /^(?:(?:[\p{Lu}][\p{L}.’'-]*|leader|spokesperson|spokesman|spokeswoman|president|minister|secretary|chief|head|envoy|ambassador|director|chairman|chairwoman)\s+)+$/u;

const MAX_CANDIDATES_PER_KEY = 3;
/** Distractor searches per name, successful or not: a long text repeats its names far more often than a quiz can use. */
const MAX_TRIES_PER_KEY = 6;
/** Why a question with a passing mention among its options is held back for a short quiz. */
const SPARE_RIVAL = 'a rival only mentioned in passing (served only to reach the minimum)';

/** Place names written with "the": "the United States", "the Netherlands", "the Balkans", "the Czech Republic". */
const takesThe = (name: string) => /^(?:United|Netherlands|Philippines|Gambia|Bahamas|Maldives|Vatican|Gulf|Balkans|Caribbean|Middle East|Sahel|Levant|Hague)\b|\b(?:Islands|Republic|Kingdom|States|Emirates|Isles|Alps|Andes|Highlands)$/.test(name);

const WH: Record<string, string> = {
  person: 'Who',
  organisation: 'Which organisation',
  country: 'Which country',
  city: 'Which city',
  region: 'Which region',
  place: 'Which place',
};

/** "Mali’s Foreign Minister Abdoulaye Diop told ..." -> "Who told ...?" when the name is the subject. */
export function writeSubjectQuestion(sentence: Sentence, key: NameSpan, wh: string): string | undefined {
  const text = stripLead(sentence.text);
  const at = text.indexOf(key.text);
  if (at < 0) return undefined;
  let prefix = text.slice(0, at);
  prefix = prefix.replace(/^(On|In|By|Last|Earlier|Later|After|Before|Also)\b[^,]{0,40},\s+/, '');
  // Only title words may stand before the subject ("UN Secretary-General ", "Mali’s Foreign Minister ").
  // ... or a role noun among them ("Labour Party leader ", "Kremlin spokesperson "): the question drops them all.
  if (prefix && !TITLE_WORDS_ONLY.test(prefix)) return undefined;
  const prefixStart = sentence.start + sentence.text.indexOf(prefix);
  const prefixTokens = sentence.tokens.filter((t) => t.start >= prefixStart && t.end <= key.start);
  if (prefix && !prefixTokens.every((t) => /^(PROPN|NOUN|PART)$/.test(t.pos) || t.text === '-')) return undefined;
  let rest = text.slice(at + key.text.length);
  // Every aside between commas goes: "China, where the river rises ..., known there as the Lancang, is not ..." has two.
  rest = rest.replace(/^,\s+[^,“”"]{3,120},\s+/, ' ');
  // "China, where the river rises ..., known there as the Lancang, is not ...": a second aside, which only an auxiliary
  // follows ("..., welcomed the purchase, saying ..." is the predicate, not an aside).
  rest = rest.replace(/^\s+[^,“”"]{3,120},\s+(?=(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|does|did)\b)/, ' ');
  const firstWord = /^\s+([a-z]+)\b/.exec(rest)?.[1];
  if (!firstWord) return undefined;
  const token = sentence.tokens.find((t) => t.text === firstWord && t.start > key.end);
  if (!token || (token.pos !== 'VERB' && token.pos !== 'AUX')) return undefined;
  // "England were without their top player": a team's plural verb reads wrong after "Which country".
  if (/^(?:were|are|have)$/.test(firstWord)) return undefined;
  // "Who hit the post ..., and Ferreira forced a save ...?": a second clause with its own subject reads as nonsense.
  if (SECOND_SUBJECT.test(rest) || COORDINATED_CLAUSE.test(rest)) return undefined;
  // A long one loses its trailing side clauses as a blank stem would ("Who won the first ranking title of his career,
  // edging out ... in a tense, scrappy final ...?").
  let stem = asQuestion(`${wh}${rest}`);
  // (Never, shortened or not, a bare "Who won his first Grand Slam title?": too little to say which.)
  if (countWords(stem) > MAX_STEM_WORDS) stem = asQuestion(shortenStem(`${BLANK}${rest}`).replace(BLANK, wh));
  return countWords(stem) <= MAX_STEM_WORDS && countWords(stem) >= MIN_BLANK_STEM_WORDS && balancedQuotes(stem) ? stem : undefined;
}

/** "UN troops": a name used as a modifier makes a weak blank. (A possessor is fine: the ranker keeps the story's own
 * subject, "Mali’s junta", as a last resort.) */
// Hoisted: some compilers rebuild a Unicode-property literal at its site on every call.
// (Also "Who was second in 1:06.92 and Hannah Brightwell third ...?": a second subject after a bare "and".)
// (And "... in the quarter and reserve guard Callum Neary hit back-to-back threes": a named subject with its own verb.)
// (And "Who was sentenced to five years ... and Mowbray to four years?": a second subject whose verb is left out; round 65.)
const SECOND_SUBJECT =
  /,\s+(and|but|while|whereas)\s+\p{Lu}|\band\s+\p{Lu}[\p{L}'’-]+\s+(?:to|for|with)\s+(?:an?\s+|the\s+)?(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|life)\b|\band\s+\p{Lu}\p{Ll}+\s+\p{Lu}[\p{Ll}-]+\s+(?:first|second|third|fourth|fifth|last)\b|\band\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,3}(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{Ll}'’-]+)?\s+(?:\p{Ll}+ed|hit|won|made|took|put|set|ran|came|went|got|had|was|were|is|are|scored|kept|led|beat|lost|found|gave|left|struck|threw|caught|saw|sent)\b/u;
const OWNER_OF_NAME = /^[’']s\s+\p{Lu}/u;
const NAME_AFTER_COMMA = /^,\s+\p{Lu}\p{Ll}+(\s+\p{Lu}\p{Ll}+)?\s+(?!said|says)\p{Ll}/u;

export function checkUse(sentence: Sentence, n: NameSpan): string | undefined {
  const after = sentence.text.slice(n.end - sentence.start);
  // "The 15-member _____": anyone who knows the Security Council fills it in.
  if (/\d+-(member|nation|state)\s+$/.test(sentence.text.slice(0, n.start - sentence.start))) return 'size before the name gives it away';
  const next = sentence.tokens.find((t) => t.start >= n.end);
  if (next && /^\s+[a-z]/.test(after) && next.pos === 'NOUN') return 'name used as a modifier';
  if (n.type !== 'person' && /^\s+(President|Prime|Minister|Secretary|Foreign|Defence|Defense|Ambassador|Senator|Governor|King|Queen)\b/.test(after)) {
    return 'name used as a modifier';
  }
  // "The country's _____": a national body, which the international ones among the options cannot be.
  if (n.type === 'organisation' && /\b(?:country|nation|government|state|region|city)[’']s\s+$/i.test(sentence.text.slice(0, n.start - sentence.start))) return 'the owner before the blank narrows the kind';
  // "_____'s GitHub", "_____'s Kiel Institute": who owns a named brand or body, or where it is, is general knowledge.
  if (n.type !== 'person' && OWNER_OF_NAME.test(after)) return 'owner of a named brand';
  // "The _____'s foreign policy chief" is the EU's, "the _____ secretary-general" the UN's or NATO's: a stock title that
  // names its body for anyone who reads the news (round 63).
  if (n.type === 'organisation' && STOCK_TITLE.test(after)) return 'general knowledge: a stock title names the body';
  // "the University of California, Los Angeles": the name goes on after the comma and gives itself away.
  if (n.type === 'organisation' && /\b(University|College)\b/.test(n.text) && NAME_AFTER_COMMA.test(after)) return 'name continues after the blank';
  // "Newcastle upon Tyne", "Stratford-upon-Avon", "Southend-on-Sea": the rest of the name is half the answer.
  if (/^(?:\s+upon\s+|-upon-|-on-|\s+on\s+Sea\b)\p{Lu}?/u.test(after)) return 'name continues after the blank';
  return undefined;
}

const STOCK_TITLE = /^(?:[’']s)?\s+(?:foreign policy chief|top diplomat|high representative|secretary[- ]general|chief prosecutor)\b/i;

/** The people listed with the key ("A, B and C"), when all of one gender and some option is known to be of another. */
function listMatesGiveAway(facts: Facts, key: NameSpan, sentence: Sentence, options: string[]): boolean {
  const persons = facts.names.filter((m) => m.sentence === sentence.index && m.type === 'person' && m !== key);
  const joined = (a: NameSpan, b: NameSpan) => /^\s*(?:,|,?\s+and)\s*$/.test(sentence.text.slice(Math.min(a.end, b.end) - sentence.start, Math.max(a.start, b.start) - sentence.start));
  const mates: NameSpan[] = [];
  for (let grown = true; grown; ) {
    const next = persons.filter((m) => !mates.includes(m) && [key, ...mates].some((x) => joined(x, m)));
    mates.push(...next);
    grown = next.length > 0;
  }
  const genders = new Set(mates.map((m) => readLikelyGender(facts, m.text)));
  if (mates.length === 0 || genders.size !== 1 || genders.has(undefined)) return false;
  const gender = [...genders][0];
  // (An option of unknown gender may be either, and gives nothing away.)
  return options.some((o) => {
    const other = readLikelyGender(facts, o);
    return other !== undefined && other !== gender;
  });
}

// A doctor's or professor's title, which the options of "said Dr _____" must share.
const ACADEMIC_TITLE = /\b(?:Dr|Doctor|Professor|Prof)\b/;
const ACADEMIC_TITLE_BEFORE_BLANK = /\b(?:Dr|Doctor|Professor|Prof)\.?\s+_____/;

/** "Dumfries and Galloway": a place joined by "and" to a name of no known kind is half of one name. */
function explainCompoundPlace(facts: Facts, sentence: Sentence, n: NameSpan): string | undefined {
  if (n.type !== 'place') return undefined;
  const partner = AND_NAME.exec(sentence.text.slice(n.end - sentence.start));
  if (!partner) return undefined;
  const at = n.end + partner[0].length - partner[1]!.length;
  const span = facts.names.find((m) => m.start === at);
  return span?.type === 'other' ? 'the place is half of a longer name' : undefined;
}
const AND_NAME = /^\s+(?:and|&)\s+(\p{Lu}[\p{L}-]+)/u;

function kindOf(n: NameSpan): QuestionKind {
  return n.type === 'person' ? 'person' : n.type === 'organisation' ? 'organisation' : 'place';
}

// Built once, not twice per name.
const SPEECH_VERB_LIST = [...SPEECH_VERBS].join('|');
const WHO_SPOKE = new RegExp(`^Who (${SPEECH_VERB_LIST})\\b`);
// ("When Morrison added a third", "added 40 jobs": "added" before a thing added is no speech; round 64.)
const SPOKE_AFTER = new RegExp(`^(,[^,]{1,80},)?\\s+(${SPEECH_VERB_LIST})\\b(?<!\\badd(?:ed|s)?(?=\\s+(?:an?|the|another|his|her|their|its|\\d|one|two|three|four|five|six|seven|eight|nine|ten)\\b))`);

export function buildEntityQuestions(facts: Facts): Built[] {
  const out: Built[] = [];
  const seen = new Set<string>();
  const mentions = new Map<string, number>();
  for (const n of facts.names) mentions.set(`${n.sentence}:${n.text}`, (mentions.get(`${n.sentence}:${n.text}`) ?? 0) + 1);
  const perKey = new Map<string, number>();
  const tries = new Map<string, number>();
  for (const n of facts.names) {
    if (n.type === 'other') continue;
    // The ranker serves a key once: a few candidates per name are choice enough, and bound the work on long texts.
    if ((perKey.get(n.text) ?? 0) >= MAX_CANDIDATES_PER_KEY) continue;
    const kind = kindOf(n);
    const sentence = facts.sentences[n.sentence]!;
    const id = `${n.sentence}:${n.text}`;
    if (seen.has(id)) continue;
    seen.add(id);
    // The same name twice in one sentence leaves a clue in the stem.
    if (mentions.get(id)! > 1) continue;
    const reason =
      checkSentence(sentence) ??
      checkUse(sentence, n) ??
      explainCompoundPlace(facts, sentence, n) ??
      // "funded by The Nippon Foundation": a key carrying its own article is the only option that fits "by _____".
      (/^The\s/.test(n.text) ? 'the key carries its own article' : undefined);
    if (reason) {
      out.push({ kind, stem: sentence.text, reason });
      continue;
    }
    // "Which region" for a US state reads oddly: "Which state".
    const wh = n.type === 'place' && classifyPlace(n.text) === 'us-state' ? 'Which state' : WH[n.type === 'place' ? (n.subtype ?? 'place') : n.type]!;
    const subject = writeSubjectQuestion(sentence, n, wh);
    // "Who told the media that ...?", "_____ called the move a “...”": attributing words, beyond picking out a phrase.
    const after = sentence.text.slice(n.end - sentence.start);
    const speech = n.type === 'person' && ((subject && WHO_SPOKE.test(subject)) || (!subject && SPOKE_AFTER.test(after)));
    const blank = subject ? { stem: subject } : blankOrReject(kind, sentence, n.start, n.end);
    if ('reason' in blank) {
      out.push(blank as RejectedCandidate);
      continue;
    }
    const stem = n.type === 'person' && !subject ? dropCountryBeforeBlank(blank.stem) : blank.stem;
    // "spokeswoman _____" among men's names: the role noun gives the key away.
    // (Only next to the blank and outside quotations: "use the Queen" in someone's words is no role of the blank.)
    const at = Math.max(0, stem.indexOf(BLANK));
    const nearBlank = `${outsideQuotes(stem.slice(0, at)).slice(-40)} ${outsideQuotes(stem.slice(at)).slice(0, 45)}`;
    if (n.type === 'person' && /\b(spokeswoman|chairwoman|congresswoman|businesswoman|actress|Mrs|Ms|Madam|Mdm|Puan|Queen|Princess|sister|mother|wife|widow|daughter|grandmother|aunt|niece)\b/.test(nearBlank)) {
      out.push({ kind, stem, reason: 'gendered role noun in the stem' });
      continue;
    }
    if (givesAway(stem, n.text, facts, n.type === 'person' ? [n.text.split(' ').pop()!] : [])) {
      out.push({ kind, stem, reason: 'stem gives the key away' });
      continue;
    }
    // Someone the article only mentions in passing ("comparable with Gandhi and _____") makes a trivia question,
    // often answerable from general knowledge.
    if (n.type === 'person' && !isActor(facts, n.text)) {
      out.push({ kind, stem, reason: 'the person is only mentioned in passing' });
      continue;
    }
    // "Bamako and the _____ say Russian troops ...": the demonym names the Kremlin.
    if (n.type !== 'person' && isImpliedBySentence(facts, n.text, sentence)) {
      out.push({ kind, stem, reason: 'a demonym in the sentence names the key' });
      continue;
    }
    if (isTruncatedName(facts, n.text)) {
      out.push({ kind, stem, reason: 'the name is cut short' });
      continue;
    }
    // Distractor search is the costly step: a name tried this often without enough rivals will not find them.
    if ((tries.get(n.text) ?? 0) >= MAX_TRIES_PER_KEY) continue;
    tries.set(n.text, (tries.get(n.text) ?? 0) + 1);
    const { options, closeness, spare = [] } = pickNameDistractors(facts, n, n.text, sentence);
    // A small cast: one rival the article mentions only in passing may complete the options, served only to reach
    // the quiz's minimum size.
    // (Two such rivals beside one actor, where the article's other people are all passing mentions: a match report's
    // beaten opponents.)
    // (Only for a key the article gives a full name: a lone word is sometimes a firm's short form, "Kestrel".)
    const fullKey = n.text.includes(' ') || fullNamesOf(facts.names).has(n.text);
    const fallback = fullKey && options.length >= 1 && options.length < 3 && spare.length >= 3 - options.length ? SPARE_RIVAL : undefined;
    if (fallback) options.push(...spare.slice(0, 3 - options.length));
    if (options.length < 3) {
      out.push({ kind, stem, reason: 'fewer than three safe distractors' });
      continue;
    }
    // "said Dr _____" among a volunteer and a market vendor: the title before the blank picks out the one doctor
    // (rounds 92, 95). Every option must be someone the article calls so.
    if (n.type === 'person' && ACADEMIC_TITLE_BEFORE_BLANK.test(stem)) {
      const titled = new Set(facts.names.filter((x) => x.type === 'person' && ACADEMIC_TITLE.test(x.title ?? '')).map((x) => lastWord(x.text)));
      if (options.some((o) => !titled.has(lastWord(o)))) {
        out.push({ kind, stem, reason: 'the title before the blank narrows the options' });
        continue;
      }
    }
    if (!isBalanced(n.text, options)) {
      out.push({ kind, stem, reason: 'key stands out by length' });
      continue;
    }
    // "_____, Hannah Cresswell and Priya Dhanjal won" with three men as options: a team-mate's gender says which (round 66).
    if (n.type === 'person' && listMatesGiveAway(facts, n, sentence, options)) {
      out.push({ kind, stem, reason: "the key's team-mates in the list give its gender away" });
      continue;
    }
    // "the _____" keyed "United States" against Kazakhstan and Uzbekistan: only the key takes "the".
    if (n.type === 'place' && /\bthe\s+$/i.test(sentence.text.slice(0, n.start - sentence.start)) && !options.every(takesThe)) {
      out.push({ kind, stem, reason: 'only the key fits "the" before the blank' });
      continue;
    }
    if (!fallback) perKey.set(n.text, (perKey.get(n.text) ?? 0) + 1);
    out.push({
      kind: speech ? 'quote' : kind,
      stem,
      key: n.text,
      distractors: options,
      sentence,
      factKey: `${kind}:${n.text.toLowerCase()}:${n.sentence}`,
      closeness,
      weight: (subject ? 1.2 : 1) * (n.type === 'person' ? 1.1 : 1),
      fallback,
    });
  }
  return out;
}
