/**
 * Last checks on a built candidate, for what the kind builders cannot see alone: a stem that leans on the sentence
 * before ("this", "also", "the purchase"), a title before the blank that gives the key away ("Labour Party leader
 * _____"), a question that restates the article's headline, a stem glued from two sentences or coordinated into bad
 * grammar, and scrape garble ("Vallaud- Belkacem") in the options. Each returns the reason a teacher would reject
 * the question, or undefined when it may be served.
 */
import { PERSON_ROLES, TITLES } from '../facts/lexicon';
import type { Facts, NameSpan } from '../facts/3-facts';
import type { Sentence } from '../text/2-annotate';
import { countWords, givesAway, hasSayingOptions, outsideQuotes, type Candidate, BLANK, MAX_STEM_WORDS, MIN_BLANK_STEM_WORDS, PEOPLE_KINDS } from './stem';
import { remember } from '../memo';
import { escapeRegExp } from '../text/words';
import { containsWord } from '../facts/3-facts';
import { findBodyByHeadNoun, findEventByNoun, lastWord, withArticle } from '../facts/names';
import { findDescription } from '../facts/descriptions';
import { findStoryCompany, PUBLIC_BODY } from '../facts/pronouns';
import { QUALIFIERS } from '../facts/numbers';
import { readFullName, readLikelyGender, storySubject } from '../roles';
import { findCity, findCountry, findUsState } from '../model/gazetteer';

// Unicode-property patterns hoisted out of the functions below: some compilers turn such a literal into a
// `new RegExp` at its site, built again on every call.
const NAME_IN_STEM = /(?<!\b(?:at|in|from|to|of|on|near|for|with|by|the|during)\s)(?<=\s)[\p{Lu}][\p{L}’'-]*\p{Ll}(?![’']s\b)(?![\p{L}’'-])/u;
const STARTS_UPPER = /^[\p{Lu}]/u;
// "A former logistics manager who diverted ... from his employer": a person the stem describes, not names.
const PERSON_NOUN_PHRASE = /^(?:An?|The)\s+(?:[\p{L}’'-]+\s+){0,3}(?:man|woman|boy|girl|manager|officer|driver|teacher|nurse|doctor|worker|employee|pensioner|student|pupil|mother|father|farmer|owner|director|executive|official|engineer|scientist|researcher|player|athlete|rider|runner|cyclist|fisherman|resident|patient|victim|suspect|defendant|master|skipper|pilot|captain)\s+(?:who|whose|from|of|in|at|aged|\p{Ll}+(?:ed|s))\b/u;
const MONTH_OR_DAY = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g;
const LAST_WORD = /([\p{L}.’'-]+),?$/u;
const ENDS_SENTENCE_AFTER_WORD = /\p{Ll}{2,}[.!?]$/u;
const NON_WORD_CHARS = /[^\p{L}\p{N}]+/u;
const TRAILING_BACK_REFERENCE = /,?\s+(?:in|on|at|of|for|from|with|by|during|after|before|under)\s+(?:the|this|these|those|that)\s+[\p{L}-]+(?=[.!?]["”’)]*\s*$)/u;

// Nouns that, with "the" and nothing after them, name something an earlier sentence introduced ("the purchase",
// "the request", "the team"). "The study" of a study report is the article's own subject and reads alone.
const ANAPHORIC_NOUNS =
  'technique|pact|treaty|accord|club|purchase|request|matter|team|consortium|force|move|deal|plan|proposal|decision|incident|case|pair|couple|company|firm|project|operation|agreement|idea|scheme|measure|creditor|buyer|seller|acquisition|transaction|announcement|remark|comment|claim|allegation|discovery|event|episode|attack|attacks|process|method|approach|vulnerability|vulnerabilities|device|tool|program|programme|bill|order|ruling|verdict|letter|notice|statement|latter|former|group|side|men|women|trio|duo|couple|two|three|four|award|prize|pilot|facility|strategy|reform|contract|returns|compromise|breakdown|chamber|recall|dispute|offer|expedition|tournament|festival|competition|exhibition|trial|zone|money|sum|gap|issue|effect|outcome|reason|yard|opposite approach|turning point|work|story|figure|damage|repairs|trip|birds|animals|creatures|patients|victims|residents|pupils|participants|volunteers|passengers|peak|rest|remainder|trio|quartet|cohort|cohorts|respondents|trainees|driver|suspect|institution|period|site|plant|mill|factory|workshop|track|building|tower|dam|reservoir|board';
// (Plurals too: "the proposals", "the pilots".)
// ("The first cohort, which started in January, ...": an order within what an earlier sentence set up; round 70.)
const DEFINITE_ANAPHOR = new RegExp(`\\b[Tt]he\\s+(?:(?:first|second|new|latest|final|last)\\s+(?=(?:cohort|trainees|respondents|trial|scheme|plan|deal)\\b))?(${ANAPHORIC_NOUNS})s?\\b(?!,?\\s+(?:known|called|named)\\b)(?!,\\s+(?:\\p{Lu}[\\p{L}'’-]*\\s+){0,3}\\p{Lu}[\\p{L}'’-]*,)(?!\\s+(?:of|for|in|on|at|by|from|with|to|that|which|who|called|named|known|dubbed)\\b|\\s+[\\p{Lu}])(?!\\s+(?:industry|industries|record|records|sector|trade|trades|manager|managers|owner|owners|operator|operators|workers|staff|director|directors|\\d))(?![-’'])`, 'u');
// "this is", "called this dubious", "these false memories", "in that climate", "those years"; "disputed that view",
// "to struggle there", "restored to 60% of them".
// ("those voting", "those who", "those aged over 65": a "those" the words after it define points at nothing earlier.)
const DEMONSTRATIVE = /\b(?:[Tt]his|[Tt]hese)\b(?!\s+(?:week|weekend|month|year|morning|afternoon|evening|spring|summer|autumn|fall|winter|season|century|decade)\b)|\b[Tt]hose\b(?!\s+(?:who|whom|whose|with|without|aged|in|on|at|from|under|over|\p{Ll}+ing|\p{Ll}+ed)\b)|\b(?:[Ii]n|[Oo]f|[Aa]t|[Oo]n|[Bb]y|[Ff]rom|[Tt]o|[Ww]ith|[Ff]or|[Dd]uring|[Ss]ince|[Aa]fter|[Bb]efore|[Uu]nder|[Uu]ntil)\s+that\s+(?!is\b|was\b)\p{Ll}|\bthat\s+(?:view|claim|idea|argument|decision|plan|proposal|approach|assessment|suggestion|estimate|finding|conclusion|figure|number|move|policy|report|offer|accusation|allegation|ruling|verdict|incident)\b|\b(?:denied|denies|deny|rejected|rejects|dismissed|faced|faces|brought|over|about|against|after|under)\s+that\s+(?:charge|sentence|deal|agreement|attack|case)\b|\s(?:there)(?=[,.;:!?])|\b[Bb]oth\s+(?:the\s+)?(?:villages|towns|islands|schools|cities|communities|hospitals|sites)\b|\b[Tt]he\s+(?:[\p{Ll}-]+\s+){0,3}(?!(?:time|times|fact|chance|risk|possibility|hope|sign|signs|evidence|likelihood|idea|suggestion|concern|fear|moment|first|last|only|news|view|belief|claim|reason)\s)[\p{Ll}-]+\s+there\s+(?:is|was|are|were|will|has|had|have)\b|\bof\s+them(?=[.!?])|\b(?:competed|bid|bidding|paid|voted|campaigned|fought|applied|queued|waited)\s+(?:for|on|against)\s+it\b|\b(?:regards?|regarded|considers?|considered|sees|saw|describes?|described|views?|viewed)\s+(?:it|them)\s+as\b|^To\s+\p{Ll}+\s+(?:it|them)\b|^That\s+(?:represents|means|amounts|equates)\b|\b(?:completed|finished|joined|visited|used|bought|sold|reached|opened|closed|run|ran)\s+it\s+(?:so far|since|in|last|this|every|each|twice|once)\b|\b(?:[Tt]urnout|[Aa]ttendance|[Uu]nemployment|[Ss]upport|[Rr]ents|[Pp]rices)\s+there\b|^(?:Neither|Both)\s+(?:man|woman|men|women|player|players|side|sides|team|teams|club|clubs|company|companies|firm|firms|candidate|candidates|figures?|numbers?|groups?|countries|measures?|studies|schemes?)\b/u;
// "At present it opens for _____", "Critics warn that it ...": an "it" with no noun of the stem before it (round 55).
const OPENING_IT =
  /^(?:(?:At present|At the moment|Currently|Now|Today|Since then|By then|Until then|For now|In future|In the future|Under the (?:new )?plans?|(?:In|By|During|Since|After|From|Until|Before)\s+_____|From\s+(?:_____|\d{4})\s+(?:to|until)\s+(?:_____|\d{4})),?\s+it|(?:Critics|Officials|Campaigners|Residents|Experts|Opponents|Supporters|Analysts)\s+\p{Ll}+\s+that\s+it)\b(?!\s+(?:is|was|has been|had been)\s+(?:estimated|thought|believed|expected|likely|unlikely|clear|unclear|understood|reported|feared|hoped|possible)\b|\s+emerged\b)/u;
// (And "led most of it": a share of no amount of the stem; "cost _____, most of it digger hire" is the blank's own.)
// (Only after a verb that takes a stretch of something: "much of it had to be rebuilt" names its "it" earlier in the stem;
// a review.)
// ("responded to _____ in fields across the country, most of them in Irbid": a share of the count before it; round 93.)
const COUNT_OF_THEM = /\b(?:one|each|all|some|many|most|none|both|several|few|every one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+of\s+them\b|\b(?:led|spent|rode|ran|controlled|dominated|missed|watched)\s+(?:most|much|all|part|half)\s+of\s+it\b|^(?:Most|Much|All|Part|Half|None)\s+of\s+it\b/i;
const COUNT_BEFORE = /\d|_____|\bhow many\b|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|dozens|hundreds?|thousands?|several|many|some|numerous|multiple|various|scores)\b/i;
const AMOUNT_JUST_BEFORE = /(?:_____|\d[\d,.]*)(?:\s*[\p{L}%£$€'’-]+){0,8}\s*,\s*(?:and\s+)?$/u;
// Words that presuppose what the sentence before said.
const PRESUPPOSING = /\b(?:also|as well|beforehand|the same|(?:has|have|had) since|^(?:A separate|Another)|^The (?:second|third|fourth|other|remaining) [a-z]+|^The first (?:phase|stage|batch|tranche|round|leg|half|part|step)\b(?!\s+of\b)|^Of the (?:total|rest|remainder|others)\b|\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|all|most|some|none|each|many)\s+of the next\s+(?=_____)|likewise|similarly|nevertheless|nonetheless|aforementioned|an? corresponding|the following (?:_____|(?:\w+\s+)?(?:years?|months?|decades?|weeks?|days?|season))|^For the next|^(?:A|An) further|^Previous|^Each\b|^Among them\b|^Back (?:on|at|home)\b|^(?:Behind|Beside|Ahead of|Inside|Outside|Below|Above|Beneath|Next to|Around)\s+(?:him|them|it)\b|^(?:Behind|Beside|Inside|Outside|Below|Above|Beneath|Next to)\s+(?:its|his|her|their)\s+[^,]{1,40}\s(?:are|is|was|were|stands?|stood|lies|lay|sits?|sat)\b|^Back in\s+(?!\d|_____|the\s+(?:\d|_____)|(?:January|February|March|April|May|June|July|August|September|October|November|December|spring|summer|autumn|winter)\b)|^Inside(?:,|\s+(?:are|is|was|were|sit|sits|stand|stands|hang|hangs|lie|lies)\b)|^Among those(?=,|\s+(?:was|were)\b)|\bthat followed(?=[,.;]|$)|,\s*however(?=,)|the (?:home|away|visiting) (?:side|team)|the other end|(?:later|earlier) that (?:year|month|week|day)|(?:called|described|named|labelled|dubbed|praised|criticised|criticized)\s+it|in the meantime)\b|,\s*too\b|\btoo[.!]?$/i;
// A personal pronoun needs a name (or the blank) before it in the stem: "Morace said that she ..." reads alone,
// "After doing work experience at Chelsea ..., she was described as" does not.
const SUBJECT_BEFORE_ITS = /^(?:The|A|An)\s+\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*)?(?:,|\s+(?:has|had|is|was|will))/u;
const SENTENCE_OPENERS =
  /^(?:After|Before|In|On|At|When|While|As|The|A|An|During|Since|Although|Though|If|But|And|For|With|By|From|Following|Despite|Because|Once|Until|According|What|Which|How|Where|Why|Not|Only|It|Its|There|Then|Later|Earlier|Between|Over|Under|Within|Throughout)\b/;
const PART_AS_SUBJECT = /^((?:(?:Nearly|Almost|More than|Over|About|Around|Roughly|Just over|Just under|Fewer than|Less than)\s+)?(?:The (?:rest|remainder|others)|The remaining \d+|[Hh]alf|[Aa] third|[Aa] quarter|[Tt]wo-thirds|[Tt]hree-quarters))\s+(?:\p{Ll}{2,}ed|were|was|are|is|had|have|will|would|said|came|went|got|took|saw|won|lost|did)\b/u;
const PERSONAL_PRONOUN = /\b(?:he|she|him|his|her|hers)\b/gi;
const BLANK_THEN_ITS = /^_____\s+\p{Ll}+\s+$/u;
const NAME_OR_BLANK = /\p{Lu}[\p{L}’'-]*|_____/u;

/**
 * Why a stem points outside itself, or undefined. A blank may be the antecedent of "he"/"she" when it holds a person
 * (`blankIsPerson`). Quotations are left alone (their words are the speaker's, and the
 * stem names the speaker's context); "the same" inside a comparison ("the same age as") still presupposes nothing.
 */
export function explainDanglingStem(stem: string, blankIsPerson = false, blankIsValue = false): string | undefined {
  const text = outsideQuotes(stem).replace(/\bthe same\s+\w+\s+as\b/gi, ' ');
  const demonstrative = DEMONSTRATIVE.exec(text);
  if (demonstrative) return `"${demonstrative[0].trim()}" points at an earlier sentence`;
  // "DNA tests matched two of them to a rhino ...": a count "of them" with no count before it in the stem to be part of
  // ("employs _____, six of them women" is the blank's own; round 86).
  const countOfThem = COUNT_OF_THEM.exec(text);
  const ofIt = countOfThem && /\bof\s+it$/i.test(countOfThem[0]);
  // ("cost _____, most of it digger hire": the amount just before is what "it" is.)
  if (countOfThem && (ofIt ? !AMOUNT_JUST_BEFORE.test(text.slice(0, countOfThem.index)) : !COUNT_BEFORE.test(text.slice(0, countOfThem.index)))) {
    return `"${countOfThem[0]}" points at an earlier sentence`;
  }
  const presupposing = PRESUPPOSING.exec(text);
  if (presupposing) return `"${presupposing[0].replace(/^,\s*/, '').trim()}" presupposes an earlier sentence`;
  const it = OPENING_IT.exec(text);
  if (it) return `"${it[0].trim()}" points at an earlier sentence`;
  // "Planners estimate it could carry _____": the "it" a plural subject's reporting verb goes on with is the sentence
  // before's subject (round 67; "The library said it would" is the library).
  const reportedIt = text.includes(' it ') && /\b\p{L}\p{Ll}{2,}s\s+(?:estimate|say|believe|think|expect|argue|warn|predict|hope)\s+(?:that\s+)?it\s+(?:could|would|will|can|may|might|should|is|was|has|had)\b/u.exec(text);
  if (reportedIt) return `"${reportedIt[0]}" points at an earlier sentence`;
  // "ESA says Terrasonde will map it at a resolution of _____": an object "it" points back to the sentence before (the
  // soil moisture it spoke of), except in "make it to", "take it in turns", and where a thing of the stem comes before
  // ("bought a narrowboat, intending to use it for weekends").
  const objectIt = /\b(?:will|would|can|could|to|may|might|must|should)\s+(?!(?:make|take)\b)\p{Ll}+\s+it\s+(?:at|in|on|with|by|from|for|to|into|as|using|across|over|under)\b/u.exec(text);
  // ("as gusts swung it _____" keyed "nearly 180 degrees": an object "it" right before the blank is the crane the
  // sentence before named; round 69.)
  // (Only in a clause of its own: "The Sallowmere Canal has 19 locks, which raise it by _____" is the canal.)
  const itBeforeBlank = /\b(?:as|while|when|after|before|until)\s+(?:\p{Ll}+\s+){0,2}(?!(?:make|made|makes|making)\b)\p{Ll}{3,}\s+it\s+(?:_____|(?:nearly|about|almost|around|roughly|some|by)\s+_____)/u.exec(text);
  if (itBeforeBlank) return `"${itBeforeBlank[0].replace(/^\S+\s+/, '').replace(/\s+_____$/, '').replace(/\s+(?:nearly|about|almost|around|roughly|some|by)$/, '')}" points at an earlier sentence`;
  // (The subject of the verb is no object "it": "The agency said the new satellite would map it" still points back.)
  const beforeIt = objectIt ? text.slice(0, objectIt.index) : '';
  const thingBefore = /\b(?:a|an|the|its|their|his|her)\s+(?:[\p{Ll}\d-]+\s+)*?\p{Ll}{3,}\b/u.test(beforeIt) && !/\b(?:a|an|the|its|their|his|her)\s+(?:[\p{Ll}\d-]+\s+){0,2}\p{Ll}{3,}\s*$/u.test(beforeIt);
  if (objectIt && !thingBefore) return `"${objectIt[0]}" points at an earlier sentence`;
  // "A spokesman said ...": for whom, only the sentence before says.
  const spokesman = /^(?:An?|The)\s+(?:spokesman|spokeswoman|spokesperson|representative|source|official)\s+(?:said|says|told|added)\b/.exec(text);
  if (spokesman) return `"${spokesman[0]}" points at an earlier sentence`;
  // "Oduya said at the time that ...": the time an earlier sentence told (not after a date or the blank of this one).
  const atTheTime = /\bat the time\b(?! of)/.exec(text);
  if (atTheTime && !/\b(?:1\d|20)\d\d\b|_____/.test(text.slice(0, atTheTime.index))) return '"at the time" presupposes an earlier sentence';
  const such = /\b(?:[Oo]ne such|[Ss]uch (?!as\b)(?:an?\s+)?[\p{L}][\p{L}.]*)/u.exec(text);
  if (such) return `"${such[0]}" was introduced in an earlier sentence`;
  if (/^Relations\b(?!\s+(?:between|with|among)\b)/.test(text)) return '"Relations" was introduced in an earlier sentence';
  // "Half used the standard mesh", "The rest used a double-layer mesh": a share of what the sentence before counted.
  const share = PART_AS_SUBJECT.exec(text);
  if (share) return `"${share[1]}" is a share of what an earlier sentence counted`;
  const anaphor = DEFINITE_ANAPHOR.exec(text);
  if (anaphor && !speakersBody(text, anaphor.index + anaphor[0].indexOf(anaphor[1]!), anaphor[1]!)) return `"${anaphor[0]}" was introduced in an earlier sentence`;
  for (const pronoun of text.matchAll(PERSONAL_PRONOUN)) {
    const before = text.slice(0, pronoun.index);
    // ("In her 63-page judgment, Judge Qureshi said ...": a fronted phrase whose owner the clause after it names; round 76.)
    if (/^(?:his|her)$/i.test(pronoun[0]) && FRONTED_OWNER.test(before) && OWNER_AFTER.test(text.slice(pronoun.index! + pronoun[0].length))) continue;
    // A name the pronoun can stand for: not a place after "at"/"in", not a possessive ("José Mourinho’s stint").
    // ("Between _____ and April 2023 he arranged ...": a month names no one.)
    // ("Born in Kumasi in 1979, she moved ...": a place of birth names no one; round 75.)
    const named =
      !/^(?:Born|Raised|Educated|Brought up)\b(?:[^,]*,){1,3}\s*$/.test(before) &&
      (PERSON_NOUN_PHRASE.test(before) ||
      NAME_IN_STEM.test(before.replace(/^\S+/, '').replace(MONTH_OR_DAY, '')) ||
      (STARTS_UPPER.test(before) && !SENTENCE_OPENERS.test(before) && !/^\S+[’']s\b/.test(before)));
    if (!(blankIsPerson && before.includes(BLANK)) && !/^Who\b/.test(before) && !named) return `"${pronoun[0]}" points at nothing in the stem`;
  }
  // "Seánie Hickey's 41st-minute goal, a first-time pull from a _____ pass, put them 1-13 to 1-12 ahead": a "them" or
  // "their" with no plural, no name (a team's: "Clonmore outscored their neighbours") and no blank before it (round 69).
  // (A wh-question asks for whose: "Which organisation published the notice on their site?")
  const them = /^(?:Who|Which|What)\b/.test(text) ? null : /\b(?:them|their)\b/.exec(text);
  const beforeThem = them ? text.slice(0, them.index).replace(/^(?:The|A|An|In|On|At|By|For|From|With|After|Before|During|When|While|As|But|And|It|This|Of|Then|So|Every|Each|All|Some|Many|Most|No|Any|One)\b/, '') : '';
  // (Nor "In their work, Tonagawa’s team used ...": a fronted phrase whose subject follows.)
  const cataphoric = /^(?:In|On|At|For|With|During|After|Before)\s+their\b[^,]{0,40},\s+\p{Lu}/u.test(text);
  if (them && !cataphoric && !/\b(?!(?:was|has|this|its|is|as|us|yes|thus|does|perhaps|always|plus|less|unless|across|various|whereas|besides|towards|afterwards)\b)\p{Ll}{2,}(?<!s|[’']s)s\b|\band\b|^_____|_____\s+(?:\p{Ll}+ed|has|have|had|were|are|was|is|said|says|say|won|lost|took|made|put|set)\b|\b(?:people|children|police|staff|crew|team|club|side|council|government|company|family|public|couple|pair|group|men|women)\b|\p{Lu}[\p{L}-]+(?![\p{L}’'-])(?!\s+\p{Lu})/u.test(beforeThem) && !/_____[^.]{0,20}\bof them\b/.test(text)) {
    return `"${them[0]}" points at nothing in the stem`;
  }
  // "At its peak in 1911, ...", "said its chief executive, _____": an "its" with no name or blank before it.
  // (A wh-question asks for what "its" stands for: "Which organisation said its members would strike?"; a person is no
  // "its": "Who said its director accepted ...?" points back.)
  const its = /^(?:Which|What)\b/.test(text) ? null : /\b[Ii]ts\b/.exec(text);
  const beforeIts = its ? text.slice(0, its.index) : '';
  // (A capitalised opener names nothing: "At its peak"; "SpaceX launched its first ..." names the body.)
  // ("The tournament, now in its 14th year, ...": the subject it belongs to opens the stem.)
  const subjectBefore = SUBJECT_BEFORE_ITS.test(beforeIts);
  // ("One of its first restaurant customers": a capitalised quantifier names nothing either.)
  if (its && !subjectBefore && !NAME_OR_BLANK.test(SENTENCE_OPENERS.test(beforeIts) || /^(?:Who|One|Some|Many|Most|All|Each|Both|Several|Few)\b/.test(beforeIts) ? beforeIts.replace(/^\S+\s*/, '') : beforeIts)) return '"its" points at nothing in the stem';
  // (A blank holding a figure or a date is no "its": "_____ of its cloth is exported".)
  if (its && blankIsValue && BLANK_THEN_ITS.test(beforeIts)) return '"its" points at nothing in the stem';
  return undefined;
}

// Role words that, right before a blanked name, tell who it is ("Kremlin spokesperson _____", "the president of
// Clermont Foot 63, _____", "NASA astronauts _____", "Dutch researcher _____").
const ROLE_WORDS =
  'president|vice-president|minister|secretary|secretary-general|spokesperson|spokesman|spokeswoman|leader|speaker|chancellor|governor|senator|mayor|king|queen|prince|princess|pope|professor|dr|researcher|researchers|scientist|scientists|entrepreneur|businessman|businesswoman|founder|co-founder|ceo|chief|director|chairman|chairwoman|chair|envoy|ambassador|astronaut|astronauts|citizen|coach|manager|player|striker|midfielder|journalist|author|judge|general|commander|mp|member|head|owner|proprietor|administrator|premier|monarch|emperor|deputy|officer|official|analyst|economist|lawyer|colleague|colleagues|fellow|student|teacher|captain|star|champion|winner|candidate|rival|opponent|successor|predecessor|wife|husband|son|daughter|father|mother|brother|sister';
const ROLE_BEFORE_BLANK = new RegExp(
  `\\b(?:${ROLE_WORDS})(?:\\s+(?:of|for|in|at)\\s+[^,;:“”"]{1,60})?,?\\s*(?:(?:\\p{Lu}[\\p{L}’'.-]*\\s+){1,3}and\\s+)?${BLANK}`,
  'iu',
);

/** A person blank right after a title or role noun: the title gives the key away, and few distractors fit the role. */
export function explainRoleBeforeBlank(stem: string): string | undefined {
  const at = stem.indexOf(BLANK);
  if (at < 0) return undefined;
  const before = stem.slice(0, at).trimEnd();
  const lastWord = LAST_WORD.exec(before)?.[1] ?? '';
  if (TITLES.has(lastWord.toLowerCase()) || TITLES.has(lastWord.replace(/\.$/, '').toLowerCase())) return `the title "${lastWord}" before the blank gives the role away`;
  const m = ROLE_BEFORE_BLANK.exec(stem.slice(0, at + BLANK.length));
  if (m && m.index + m[0].length === at + BLANK.length) return `the role "${m[0].replace(BLANK, '').trim()}" before the blank gives the key away`;
  return undefined;
}

// Hyphen then space inside a word ("Vallaud- Belkacem", "Clermont- Ferrand"): a line break the scrape kept.
const BROKEN_HYPHEN = /\p{L}-\s+\p{L}/u;

/** Scrape garble that must not reach an option. */
export function explainGarbledOption(option: string): string | undefined {
  if (BROKEN_HYPHEN.test(option)) return `"${option}" holds a broken hyphenation`;
  if (/\s{2,}/.test(option.trim())) return `"${option}" holds a double space`;
  return undefined;
}

// Abbreviations whose full stop does not end a sentence.
const ABBREVIATION = /\b(?:Inc|Corp|Ltd|Co|Jr|Sr|St|No|vs|etc|approx|Gov|Sen|Rep|Prof|Dr|Mr|Mrs|Ms|Gen|Col|Lt|Sgt|Capt|Kft|Mt|Ft|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec)\.$/;

// repairStem and explainBadForm ask about the same stem one after the other: the last answer is kept (one entry).
let lastBreak: { stem: string; at: number | undefined } | undefined;

/** Where a first sentence ends inside the stem (outside quotations), or undefined. */
function sentenceBreak(stem: string): number | undefined {
  if (lastBreak?.stem !== stem) lastBreak = { stem, at: findSentenceBreak(stem) };
  return lastBreak.at;
}

function findSentenceBreak(stem: string): number | undefined {
  // Quotations blanked out at their own length, so offsets still point into the stem.
  const outside = stem.replace(/[“"][^”"]*[”"]/g, (m) => ' '.repeat(m.length));
  const body = outside.replace(/[.!?]["”’)]*\s*$/, '');
  for (const m of body.matchAll(/[.!?]["”’)]*\s+(?=\S)/g)) {
    const head = body.slice(0, m.index! + 1);
    if (ENDS_SENTENCE_AFTER_WORD.test(head) && !ABBREVIATION.test(head)) return m.index! + 1;
  }
  return undefined;
}

/** Two sentences in one stem, or a wh-question continued by a second clause. */
export function explainBadForm(stem: string): string | undefined {
  if (sentenceBreak(stem) !== undefined) return 'the stem runs two sentences together';
  // "Councillor _____, cabinet member for leisure, said.": the words said were cut off after a colon.
  // (", officials said." closing a whole clause is an attribution, and stays.)
  if (/,\s*(?:(?:_____|he|she|they|it)\s+)?(?:said|says|added)\.$/.test(stem) && !/[“”"]/.test(stem)) return 'the quotation was cut from its attribution';
  // "Speaking outside court, Inspector _____ said.": the words said were cut off after a colon.
  if (/^(?:Speaking|Writing|Asked|Responding|Commenting|Talking|Addressing)\b[^“”"]*\b(?:said|says|added|explained|stated)\.$/.test(stem)) return 'the quotation was cut from its attribution';
  // "The new rates will take effect _____.": the repairs may leave too little to say what the blank is about.
  if (stem.includes(BLANK) && countWords(stem) < MIN_BLANK_STEM_WORDS) return 'stem too short to say what it is about';
  // "Who struggled to find depth?": a question of a few words says too little of the article to be answered from it.
  if (/^(?:Who|What|Which|When|Where|How|In|On)\b[^?]*\?$/.test(stem.trim()) && countWords(stem) < 7) return 'stem too short to say what it is about';
  if (/\?$/.test(stem.trim()) && /;/.test(stem)) return 'a question continued past a semicolon';
  // "Who was hopeful: “...,” she said?": an attribution left inside a question.
  if (/\?$/.test(stem.trim()) && /[”"],?\s+(?:he|she|they|it)\s+(?:said|says|added|wrote|told)\b/i.test(stem)) return 'a question holding its own attribution';
  // "On what date was HDT Limited registered and is under the aegis of ...?": a coordinated second verb phrase.
  // ("How many people died in the valley and around 2,300 were evacuated?": a second clause with its own subject.)
  if (/^(?:In|On|How|Who|Which|What|When)\b/.test(stem) && /\?$/.test(stem.trim()) && /\band\s+(?:[\w,.]+\s+){0,3}?(?:is|are|was|were|has|have|had)\b/.test(outsideQuotes(stem))) {
    return 'a question coordinated with a second verb phrase';
  }
  return undefined;
}

const TITLE_STOP = new Set('a an the of to in on at for and or by with from as is are was were be its it his her their after before over under new first'.split(' '));
const contentWords = (s: string) =>
  s
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .split(NON_WORD_CHARS)
    .filter((w) => w.length > 2 && !TITLE_STOP.has(w))
    .map((w) => w.replace(/(?:ing|ed|es|s)$/, ''));

// One article's candidates share one headline: its words are read once (a one-entry memo, never more).
let lastTitle: { title: string; words: Set<string> } | undefined;

function titleWordsOf(title: string): Set<string> {
  if (lastTitle?.title !== title) lastTitle = { title, words: new Set(contentWords(title)) };
  return lastTitle.words;
}

/** The headline's own fact ("GitHub blocks youtube-dl", "Queen suspends UK Parliament") is known before reading. */
export function explainRestatesTitle(c: Pick<Candidate, 'stem' | 'key' | 'kind'>, title: string | undefined): string | undefined {
  if (!title) return undefined;
  const titleWords = titleWordsOf(title);
  if (titleWords.size < 2) return undefined;
  const keyWords = contentWords(c.key);
  // The key must be a name of the headline itself ("Parliament" in "Queen suspends UK Parliament"), or the true
  // statement must retell it.
  if (c.kind !== 'statement' && !title.toLowerCase().includes(c.key.toLowerCase())) return undefined;
  if (!keyWords.some((w) => titleWords.has(w))) return undefined;
  const covered = new Set([...contentWords(c.kind === 'statement' ? c.key : c.stem), ...keyWords].filter((w) => titleWords.has(w)));
  return covered.size / titleWords.size >= 0.5 ? 'the question restates the headline' : undefined;
}

/** `re` replaced only outside quotation marks: a speaker's words stay as said. */
function replaceOutsideQuotes(text: string, re: RegExp, by: string | ((match: string, ...rest: unknown[]) => string)): string {
  return text
    .split(/([“"][^”"]*[”"])/)
    .map((part, i) => (i % 2 === 1 ? part : typeof by === 'string' ? part.replace(re, by) : part.replace(re, by)))
    .join('');
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

// A fronted connective or adverbial that refers to the sentence before ("However,", "A few years later,", "Despite
// the restrictions,", "In response,"). "According to X," is an attribution and stays.
const BACK_REFERRING_OPENING =
  /^(?:(?:But|And|Yet|So(?!\s+(?:far|much|many|long|that)\b)|Then|However|Meanwhile|Instead|Still|Moreover|Furthermore|Nevertheless|Nonetheless|Thus|Therefore|Consequently|Subsequently|Afterwards|Afterward|Later|Eventually|Finally|Separately|Similarly|Likewise|Indeed|Additionally|As a result|As a consequence|In response|In turn|In return|At the same time|At that time|By then|Since then|After that|Even so|Despite this|Despite that|In addition(?=,)|On the other hand|On top of (?:that|this)|By contrast|In contrast|(?:A|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Several|A few) (?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?) (?:later|earlier|after|before)|(?:Moments|Minutes|Hours|Days|Weeks|Months) later)\b,?\s+|Despite the [\p{Ll}-]+(?:\s+[\p{Ll}-]+)?,\s+)(?=\S)/u;
// Relative dates, meaningless on a worksheet ("On Friday,", "yesterday", "last week", "earlier this month").
const ONE_WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
// "on Saturday 20 June" is a date, "on Sunday working" a kind of work, and "on Saturday mornings" a habit (round 97):
// none is dropped.
const NOT_A_DATE = '(?!,?\\s+(?:\\d|_|(?:January|February|March|April|May|June|July|August|September|October|November|December)\\b)|\\s+(?!morning|evening)\\p{Ll}+ing\\b|\\s+(?:mornings|afternoons|evenings|nights)\\b)';
// "on Tuesday and Wednesday" goes whole: dropping "on Tuesday" alone leaves "attempts and Wednesday".
const WEEKDAY = `${ONE_WEEKDAY}(?:\\s+(?:and|or)\\s+(?:on\\s+)?${ONE_WEEKDAY})?`;
// ("Last June, a team of _____ ...": a month of a year only the article's date says.)
const MONTH = 'January|February|March|April|May|June|July|August|September|October|November|December';
const RELATIVE_OPENING = new RegExp(
  `^(?:(?:Earlier|Later)\\s+)?(?:On\\s+${WEEKDAY}(?:\\s+(?:morning|afternoon|evening|night))?(?:,\\s+local time)?|Yesterday|Today|Tonight|(?:Earlier|Later)\\s+(?:today|this\\s+(?:week|month|year))|(?:Last|This)\\s+(?:week|weekend|month|year|${MONTH})|(?:Earlier|Late|Later)\\s+(?:on\\s+)?${WEEKDAY})\\b,?\\s+(?=\\S)`,
  'u',
);
const RELATIVE_INSIDE = new RegExp(
  `(?<!\\b(?:until|since|from|by|of|before|after|through|till|as|to|at|in|for|on))(?<!\\bas of)(?<!\\b(?:January|February|March|April|May|June|July|August|September|October|November|December)),?\\s+(?:(?:earlier|later|late|early)\\s+)?(?:(?:on|last)\\s+${WEEKDAY}${NOT_A_DATE}(?:\\s+(?:morning|afternoon|evening|night))?(?:,\\s+local time)?|yesterday|today|tonight|(?:earlier|later)\\s+this\\s+(?:week|month|year)|(?<!\\bthe\\s)(?:last|this)\\s+(?:week|weekend|month|year)|earlier\\s+today|(?:a|one|two|three|four|five|six|several|a\\s+few|\\d+)\\s+(?:days?|weeks?|months?|years?)\\s+ago)(?=[\\s,.;:!?])(,(?=\\s))?`,
  'gu',
);
const FIGURE_THEN = /(\d[\d,.]*[\p{L}%]{0,3})\s+last\s+(year|month|week)\b/gu;
// What stays after the repair: a relative date the stem cannot lose (“Today’s ruling”, "from last year's"), and a
// relative period that bounds a count ("in the past week, Russia launched _____ drones": without it the number lies).
const RELATIVE_DATE = new RegExp(
  `\\b(?:yesterday|today|tonight|(?:a|one|two|three|four|five|six|several|few|\\d+)\\s+(?:days?|weeks?|months?|years?)\\s+ago|in\\s+(?:the\\s+)?(?:past|last)\\s+(?:week|month|year)|in\\s+recent\\s+(?:days|weeks)|(?<!\\bthe\\s)(?:last|this|next)\\s+(?:week|weekend|month|year)|earlier\\s+this\\s+(?:week|month|year)|(?:on|last|this|next)\\s+${WEEKDAY}${NOT_A_DATE})\\b`,
  'iu',
);

/** A relative date left in the stem ("yesterday", "last week"): asked as if absolute, it means nothing on a worksheet. */
// (A month's name in its capital: "this may take years" names none.)
const RELATIVE_MONTH = new RegExp(`\\b(?:[Ll]ast|[Tt]his|[Nn]ext)\\s+(?:${MONTH})\\b`);

export function explainRelativeDate(stem: string): string | undefined {
  const m = RELATIVE_DATE.exec(outsideQuotes(stem)) ?? RELATIVE_MONTH.exec(outsideQuotes(stem));
  return m ? `the relative date "${m[0]}" means nothing outside the article` : undefined;
}

// "last year", "in March last year", "since last year" (not "last year's", a possessive the year would not fit).
// (Not "the next year", "over the last year", "a year": spans, not the calendar's year.)
const YEAR_OF_ARTICLE =
  /\b(?:(in|since|from|until|by|during|of)\s+)?(?:(January|February|March|April|May|June|July|August|September|October|November|December)\s+)?(?<!\b(?:the|a|past|over|every|each|per)\s)(last|this|next)\s+year\b(?![’'])/g;
// (A figure's "on": "up 20% on last year"; "went on last year to win" is the verb's.)
const COMPARED_WITH = /(?:\d%?|\bper ?cent|_____)\s+on\s+$|\b(?:than|over|against|versus|compared with)\s+$/;
const YEAR_OPENING = /^(Last|This|Next)\s+year\b(?![’'])/;

/**
 * "Tollbrook paid a total dividend of _____ a share last year." in a story dated 2024 reads "... in 2023.": the year
 * the article means, where dropping it would make last year's figure read as this year's.
 */
function datedYears(stem: string, published: number): string {
  // ("Last year, Tollbrook paid ..." -> "In 2023, Tollbrook paid ...".)
  const opening = YEAR_OPENING.exec(stem);
  const s = opening ? `In ${published + (opening[1] === 'Last' ? -1 : opening[1] === 'Next' ? 1 : 0)}${stem.slice(opening[0].length)}` : stem;
  return replaceOutsideQuotes(s, YEAR_OF_ARTICLE, (_m: string, ...rest: unknown[]) => {
    const [preposition, month, which, offset, whole] = rest as [string | undefined, string | undefined, string, number, string];
    const year = published + (which === 'last' ? -1 : which === 'next' ? 1 : 0);
    // ("between October and December last year" -> "... and December 2023": a month needs no "in" of its own; nor
    // does a comparison, "up 20% on last year" -> "up 20% on 2024".)
    const bare = month || COMPARED_WITH.test(whole.slice(0, offset));
    return `${preposition ? `${preposition} ` : bare ? '' : 'in '}${month ? `${month} ` : ''}${year}`;
  });
}

const BARE_PREPOSITION_END = /\b(?:on|from|than|since|to|of|in|at|by|with|until|before|after)\s*[.,;!?]["”’)]*\s*$/;

/** The stem without fronted back-references and relative dates, when what is left still reads as a clause. */
function dropOpeningsAndRelativeDates(stem: string): string {
  let s = stem;
  for (let i = 0; i < 3; i++) {
    const m = BACK_REFERRING_OPENING.exec(s) ?? RELATIVE_OPENING.exec(s);
    // Only when what follows is the clause itself (not "_____ later," nor a blank inside the dropped words).
    if (!m || m[0].includes(BLANK) || countWords(s.slice(m[0].length)) < 6) break;
    const rest = s.slice(m[0].length);
    if (/^(?:of|to|and|or|for|that|which)\b/.test(rest)) break;
    s = /^_____/.test(rest) ? rest : capitalise(rest);
  }
  // "compared with 9.2p last year": a figure's own time reads alone as "a year earlier"; dropped, the figure dangles.
  s = replaceOutsideQuotes(s, FIGURE_THEN, '$1 a $2 earlier');
  if (RELATIVE_INSIDE.test(s)) {
    RELATIVE_INSIDE.lastIndex = 0;
    // ", on Friday," goes whole; "said on Friday, adding" keeps its comma.
    const repaired = replaceOutsideQuotes(s, RELATIVE_INSIDE, (m: string, ...rest: unknown[]) => {
      // (a clause's own comma stays, one after "that"/"when" that the adverbial brought goes)
      const [comma, offset, whole] = rest as [string | undefined, number, string];
      // "..., who lost in the semi-finals last year.": a person's own past, which the sentence's time is not.
      if (/,\s+who\s[^,]*$/.test(whole.slice(0, offset)) && /\b(?:last|this)\s+(?:year|month)\b/.test(m)) return m;
      // ("almost 40% of turnover, compared with about a quarter five years ago": the time of a comparison's other end,
      // without which it compares with nothing; round 65.)
      if (/\b(?:compared (?:with|to)|than|up from|down from)\s+[^,;]{1,40}$/.test(whole.slice(0, offset)) && /\bago\b/.test(m)) return m;
      return comma && !m.slice(0, -1).includes(',') && !/\b(?:that|when|while|because|after|before|if|as)$/i.test(whole.slice(0, offset)) ? ',' : '';
    });
    RELATIVE_INSIDE.lastIndex = 0;
    // "... preliminary figures published on Thursday." must not end "published.": the date there is the verb's only
    // complement, and the stem is refused instead (explainRelativeDate).
    // ("..., which began." too: the date was the verb's only complement.)
    // (Only where the repair made it so: "As expected, the council ..." was bare before.)
    const bareVerbEnd = BARE_VERB_END.test(repaired) && !BARE_VERB_END.test(s);
    // ("more than five points up on four years ago." must not end "up on.": the date was the preposition's object.)
    const barePreposition = BARE_PREPOSITION_END.test(repaired) && !BARE_PREPOSITION_END.test(s);
    if (countWords(repaired) >= 6 && !bareVerbEnd && !barePreposition) s = repaired.replace(/\s+,/g, ',').replace(/,\s*,/g, ',').replace(/\s{2,}/g, ' ');
  }
  // "..., with the schedule pushed back to yesterday.": a closing clause that holds the relative date goes whole.
  const lastComma = s.lastIndexOf(', ');
  if (lastComma > 0) {
    const tail = s.slice(lastComma);
    // (", is due to meet next Tuesday": a tail opening on a verb is the sentence's own predicate, not a closing clause.)
    // (Not an attribution, whose claim would then read as the article's own: ", according to a study published on
    // Wednesday" keeps "according to a study"; round 61.)
    const attribution = ATTRIBUTION_TAIL.exec(tail);
    if (attribution && RELATIVE_DATE.test(tail)) {
      const kept = tail.slice(0, attribution[0].length);
      if (!RELATIVE_DATE.test(kept)) s = `${s.slice(0, lastComma)}${kept}${/[.!?]["”’)]*\s*$/.exec(s)?.[0].trim().charAt(0) ?? '.'}`;
    } else if (
      RELATIVE_DATE.test(tail) &&
      !tail.includes(BLANK) &&
      !/[“”"]/.test(tail) &&
      !PREDICATE_TAIL.test(tail) &&
      // (Nor a comma inside a dash's aside: "– a 1.5km swim, 40km bike and 10km run – was ... this year's"; round 70.)
      !/\s[–—]\s/.test(tail) &&
      countWords(s.slice(0, lastComma)) >= 6
    ) {
      s = `${s.slice(0, lastComma)}${/[.!?]["”’)]*\s*$/.exec(s)?.[0].trim().charAt(0) ?? '.'}`;
    }
  }
  return s;
}
// ", according to a study", ", according to the Met Office": who says so, up to the verb that dates it.
const ATTRIBUTION_TAIL = /^,\s+according to\s+(?:an?|the)?\s*[^,]*?(?=\s+(?:published|released|issued|reported|announced)\b|[.!?]?$)/;
const BARE_VERB_END = /\b(?:published|released|issued|updated|posted|dated|began|begins|started|starts|opened|opens|ended|ends|closed|closes|expected|due|announced|unveiled|confirmed|revealed|signed|approved)(?:[.?]["”’)]*$|[,;])/;
const FINITE_AUX = /\b(?:will|would|can|could|shall|should|may|might|must|is|are|was|were|has|have|had|do|does|did)\b/i;
const RESTRICTING_PLACE = /\b(?:sites?|areas?|places?|woods?|farms?|schools?|hospitals?|towns?|villages?|communities|districts|provinces|counties|wards|neighbourhoods|countries|regions?|stores?|branches|groups?|patients|participants|species)$/;
const pointsBack = (phrase: string) => DEMONSTRATIVE.test(phrase) || DEFINITE_ANAPHOR.test(phrase) || /\bthe (?:same|following)\b/i.test(phrase);

/**
 * The stem without the words that lean on the sentence before, when they can go without changing what it says:
 * "also" and "as well" ("Zenbleed, also revealed in _____" -> "Zenbleed, revealed in _____"), a fronted phrase
 * ("Per the request, Parliament would ..."), or a closing one ("..., dubbed _____ and Spectre, in the technique.").
 */
// ("Like-for-like sales at those pubs grew by 4.8%, helped by a busy summer ...": what follows a main clause's comma is
// a participle's phrase, which reads alone as a fragment.)
const PARTICIPLE_OPENING = /^\p{Ll}+(?:ed|ing)\b/u;

export function repairStem(stem: string, published?: number): string {
  // (A stem without the words is returned whole by replaceOutsideQuotes: the look-ups skip its split and join.)
  let s = stem.includes('also') ? replaceOutsideQuotes(stem, /\s+also\b(?=\s)/g, '') : stem;
  // Reference marks ("crop.[5]", "in 1796[3] and") and a pronunciation guide ("(Tongan pronunciation: [fonuaˈʔika], ...)")
  // are the page's apparatus, not the sentence's words (round 89).
  if (s.includes('[')) s = s.replace(/(?<=\S)(?:\[(?:\d{1,3}|[a-z]|citation needed|note \d+)\])+/g, '').replace(/\s*\([^()]*\bpronunciation:\s*\[[^\]]*\][^()]*\)/g, '');
  if (published !== undefined && s.includes(' year')) s = datedYears(s, published);
  // "Secondary schools, by contrast, would see ...": the contrast is with a sentence the stem leaves out.
  if (s.includes('contrast')) s = replaceOutsideQuotes(s, /,\s+(?:by|in) contrast,(?=\s)/g, '');
  if (s.includes('as well') || s.includes('too')) s = replaceOutsideQuotes(s, /,?\s+(?:as well|too)(?=[.!?]["”’)]*\s*$)/g, '');
  s = dropOpeningsAndRelativeDates(s);
  // "Another side-channel attack, dubbed Downfall, ...", "One such attack ...": alone, it is "A side-channel attack".
  // (Not before a count or "of": "Another two people", "Another of the victims"; nor before a vowel that sounds as a
  // consonant, "one", "uni-".)
  const another = /^(?:Another|One such)\s+(?=\p{Ll})(?!(?:of|two|three|four|five|six|seven|eight|nine|ten|\w*-?\d|u|one|eu)\b|u[nst]|eu|one)/u.exec(s);
  if (another) s = `${/^[aeio]/i.test(s.slice(another[0].length)) ? 'An' : 'A'} ${s.slice(another[0].length)}`;
  const front = /^([^,“”"_]{3,60}),\s+/.exec(s);
  // A whole clause ("Fares on the route will stay the same, at £4.50 ...") is the sentence itself, not a phrase to drop.
  // A subject set off by an appositive ("The project, called DEEP-TIME, is led by ...") is no fronted phrase either.
  // ("Who welcomed the purchase, saying ...?" is the question itself: a wh-word opens no fronted phrase.)
  // ("Shares of the company, which trade on the Nasdaq, fell ...": a subject before a relative clause is no fronted phrase,
  // and "Kalder cut the lead to a point, 79-78, with ..." a clause before its own figures; "Supporters of the idea,
  // including Portugal, ..., argue" a subject before its examples; "Most of the money, _____, came from ..." a subject
  // before the blank that restates it.)
  // ("In the pilot communities, the proportion ... fell": a place that bounds the claim stays, as at the end; round 78.)
  if (front && pointsBack(front[1]!) && !RESTRICTING_PLACE.test(front[1]!) && !FINITE_AUX.test(front[1]!) && !/^(?:the|a|an|its|his|her|their|this|these|who|what|which|when|where|how|in what|on what)\s/i.test(front[1]!) && !/^(?:which|who|whose|where|that|including|such as|like|notably|among them|\d|_____,)/i.test(s.slice(front[0].length)) && !PARTICIPLE_OPENING.test(s.slice(front[0].length)) && countWords(s.slice(front[0].length)) >= 6) {
    s = capitalise(s.slice(front[0].length));
  }
  // "Initially started in _____ by ..., youtube-dl is a script ... Vimeo.  youtube-dl is a FLOSS software": the stem
  // ends with the sentence that holds the blank.
  const end = sentenceBreak(s);
  if (end !== undefined && s.slice(0, end).includes(BLANK) && countWords(s.slice(0, end)) >= 6) s = s.slice(0, end);
  // "In what month and year did ... for a short time; after this Avalanche reduced ...?": the question ends at the semicolon.
  if (/\?$/.test(s) && s.includes(';') && !s.slice(0, s.indexOf(';')).includes(BLANK) && countWords(s.slice(0, s.indexOf(';'))) >= 6) {
    s = `${s.slice(0, s.indexOf(';')).trimEnd()}?`;
  }
  const back = TRAILING_BACK_REFERENCE.exec(s);
  // (Only an occasion: "at those sites" of "fell by 71% at those sites" restricts the claim, and dropped, it overstates it.)
  // (Nor a quantifier's own "of": "before giving up some of those gains" would end on "some"; round 81.)
  const ofQuantifier = !!back && /^\s+of\b/.test(back[0]) && /\b(?:some|most|all|many|much|part|half|none|each|any|one|two|three|several|few)\s*$/i.test(s.slice(0, back.index));
  if (back && !ofQuantifier && pointsBack(back[0]) && !RESTRICTING_PLACE.test(back[0]) && countWords(s.slice(0, back.index)) >= 6) s = s.slice(0, back.index) + s.slice(back.index + back[0].length);
  return s;
}

// "the board", "the board's", "by the board.": a body's head noun standing for its name (a subject, a possessive, or
// closing a phrase), outside quotation marks.
// A lower-case word after it must read as a verb ("the council had", "the board voted"), not the noun it modifies ("the
// transport authority").
const BODY_BY_HEAD_NOUN =
  /\b([Tt])he\s+(\p{Ll}[\p{Ll}-]{2,})\b(?:([’'])s\b|(?=\s*[,.;:?!]|\s+(?:\p{Ll}+ed|\p{Ll}+s|is|was|were|has|had|have|will|would|could|can|may|might|must|should|did|does|also|said|told|met|made|sent|set|put|cut|won|lost|held|took|gave|paid|chose|wrote|began|agreed|plans?)\b))/gu;

/**
 * "The board voted ..." -> "The Northfield Health Board voted ...": where exactly one body named in an earlier sentence
 * has that head noun ("... Board", "Ministry of ..."), the stem names it rather than leaning on the sentence before.
 */
export function nameEarlierBodies(c: Pick<Candidate, 'stem' | 'key' | 'sentence'>, facts: Facts): string {
  const { stem } = c;
  const sentenceIndex = c.sentence.index;
  if (sentenceIndex <= 0 || !/\b[Tt]he\s/.test(stem)) return stem;
  // A body of the sentence named without a head noun may be the one meant ("Labour's deputy leader said the party").
  const others = facts.names.filter((n) => n.sentence === sentenceIndex && n.type === 'organisation' && !n.text.includes(' '));
  // "the company" (or "the business", "the charity") of a story about one is that one: not a public body behind an acronym ("CMA"), and only
  // where the sentence itself names no other body or firm ("Fairway's chief executive said the company ...").
  const storyCompany = (noun: string) => {
    const company = /^(?:company|firm|business)$/.test(noun) ? findStoryCompany(facts.names, sentenceIndex) : noun === 'charity' ? findStoryCompany(facts.names, sentenceIndex, true) : undefined;
    if (!company || facts.acronyms.some((a) => a.short === company && PUBLIC_BODY.test(a.long))) return undefined;
    return sentenceNamesOtherBody(facts, c.sentence, company) ? undefined : company;
  };
  const named = replaceOutsideQuotes(stem, BODY_BY_HEAD_NOUN, (whole, the, noun, apostrophe) => {
    // ("the government's ambition" of a story that named the Welsh Government: a nation's government, maybe; round 58.)
    if (noun === 'government') return whole;
    const name =
      findBodyByHeadNoun(facts.names, noun as string, sentenceIndex) ?? findEventByNoun(facts.names, noun as string, sentenceIndex) ?? storyCompany(noun as string);
    if (!name || containsWord(stem, name) || others.some((o) => !name.includes(o.text))) return whole;
    // ("about 7% of grain delivered to Siri Grains was rejected ..., according to the company": the firm the sentence
    // names, not the producer company named before; round 78.)
    if (FIRM_NOUN.test(noun as string) && sentenceNamesOtherBody(facts, c.sentence, name, true)) return whole;
    // "the union's" -> "the National Union of Teachers'": a name ending in s takes the apostrophe alone.
    const possessive = typeof apostrophe === 'string' ? (name.endsWith('s') ? apostrophe : `${apostrophe}s`) : '';
    return `${withArticle(name, facts.sentences, the === 'T')}${possessive}`;
  });
  // "Like-for-like sales ... dropped _____." of a story about one company says whose: "Pemberton & Hale's like-for-like
  // sales ...".
  const metric = METRIC_OPENING.exec(named);
  const company = metric && !facts.names.some((n) => n.sentence === sentenceIndex && n.type === 'organisation') ? storyCompany('company') : undefined;
  const owned = company ? `${company}${company.endsWith('s') ? '’' : '’s'} ${named.charAt(0).toLowerCase()}${named.slice(1)}` : named;
  // "Chief executive _____ said the current funding would run out": whose, the body the sentence before named (or the
  // story's firm) says (round 78).
  const role = BODY_ROLE_OPENING.exec(owned);
  const body = role && !facts.names.some((n) => n.sentence === sentenceIndex && n.type === 'organisation') ? (findStoryCompany(facts.names, sentenceIndex) ?? onlyBodyBefore(facts, sentenceIndex)) : undefined;
  const headed = body ? `${withArticle(body, facts.sentences, true)} ${role![0].charAt(0).toLowerCase()}${owned.slice(1)}` : owned;
  // A name that is the key, or spells it, would give the answer away.
  return headed !== stem && givesAway(headed, c.key, facts) ? stem : headed;
}
// A body's officer opening a stem with no body named: "Chief executive _____ said ...", "Spokesperson Nancy Wafula said".
const BODY_ROLE_OPENING =
  /^(?:Chief executive|Chief operating officer|Chief financial officer|Finance director|Managing director|Executive director|General manager|Chairman|Chairwoman|Chair|Founder|Co-founder|Spokesperson|Spokesman|Spokeswoman)(?=\s+(?:_____|\p{Lu}))/u;

/**
 * The one body the three sentences before this one name, if they name exactly one, and name it as an actor: not a
 * source ("told the BBC", "Reuters reported"), a lender ("raised $20m from Sequoia Capital") or a regulator.
 */
function onlyBodyBefore(facts: Facts, sentenceIndex: number): string | undefined {
  const near = facts.names.filter((n) => n.sentence < sentenceIndex && n.sentence >= sentenceIndex - 3 && n.type === 'organisation');
  const bodies = new Set(near.map((n) => n.text));
  if (bodies.size !== 1) return undefined;
  const body = near[0]!;
  const sentence = facts.sentences[body.sentence]!;
  const before = sentence.text.slice(0, body.start - sentence.start);
  const after = sentence.text.slice(body.end - sentence.start);
  if (NOT_AN_EMPLOYER.test(body.text) || /\b(?:told|to|from|by|with|according to)\s+(?:the\s+)?$/i.test(before) || /^,?\s+(?:reported|reports|said in a report)\b/.test(after)) return undefined;
  return body.text;
}
// Outlets, regulators and investors: whose officer a story's "Chief executive" seldom is.
const NOT_AN_EMPLOYER = /\b(?:News|Press|Reuters|BBC|Associated|Agency|Administration|Authority|Commission|Regulator|Court|Capital|Ventures|Partners|Investors?)\b/;
/**
 * Does the sentence name a body other than `name` (or a firm's possessive: "Fairway's chief executive")? With
 * `firmsOnly`, one that may be a firm: "the company" is never "Callerby Urban District Council" beside it.
 */
function sentenceNamesOtherBody(facts: Facts, sentence: Sentence, name: string, firmsOnly = false): boolean {
  return facts.names.some(
    (n) =>
      n.sentence === sentence.index &&
      !(firmsOnly && PUBLIC_BODY.test(n.text)) &&
      (n.type === 'organisation' || (n.type === 'other' && /^[’']s\b/.test(sentence.text.slice(n.end - sentence.start)))) &&
      !name.includes(n.text) &&
      !n.text.includes(name),
  );
}
const FIRM_NOUN = /^(?:company|firm|business)$/;

// A company's figure opening the stem with no owner: "Like-for-like sales ...", "Online sales rose ...", "Revenue fell ...".
const METRIC_OPENING =
  /^(?:(?:Like-for-like|Online|Total|Group|Underlying|Annual|Half-year|Full-year|Pre-tax|Operating|Gross|Net)\s+(?:sales|revenue|revenues|profit|profits|turnover|debt|margins?|earnings)|Sales|Revenue|Revenues|Profit|Profits|Turnover|Debt|Margins?|Earnings)\b(?!\s+(?:of|at|in|for|by)\s+\p{Lu})/u;

// A reason saying a bare "the <noun>" leans on an earlier sentence: `"The hostel" names what only an earlier sentence ...`.
const EARLIER_NOUN = /^"[Tt]he\s+(\p{Ll}[\p{Ll}-]{2,})(?:[’']s)?" (?:was introduced in|names what only) an earlier sentence/u;
const BARE_DEFINITE = /\b([Tt])he\s+(\p{Ll}[\p{Ll}-]{2,})\b(?![-’'])/gu;
// What may follow a noun that closes its phrase: "the mill was", "the hub of", "the team found"; not "the mill pond"
// (round 65: "Quenby Tide Mill pond created by the dam") or "the fire engine".
const CLOSES_PHRASE =
  "[,.;:?!)]|\\s*$|\\s+[“\"]|\\s+(?:_____|itself|themselves|alone|too|is|are|was|were|has|had|have|will|would|could|can|may|might|must|should|did|does|do|also|said|says|told|found|made|took|gave|began|ran|led|won|lost|held|met|sent|set|put|cut|paid|chose|wrote|saw|grew|knew|became|came|went|built|bought|brought|fell|rose|spent|kept|left|stood|dealt|fought|caught|taught|sought|spoke|drew|drove|struck|felt|meant|heard|thought|sold|hit|beat|threw|flew|hung|dug|stuck|now|then|still|later|first|of|in|at|on|and|or|but|for|to|from|by|with|into|over|under|after|before|since|during|near|across|as|than|that|which|who|where|when|\\p{Ll}+ed|\\p{Ll}+s)\\b";
// (A plural closes its phrase before any word: "the researchers estimate", "the residents plan".)
// ("the village of Combe Martin" names another village: never the topic's; a review of round 65.)
const NAMED_BY_OF = '(?!\\s+of\\s+\\p{Lu})';
// (A possessive closes its phrase too: "the team’s leader".)
const CLOSED_BARE_DEFINITE = new RegExp(`\\b([Tt])he\\s+(\\p{Ll}[\\p{Ll}-]{2,})\\b(?:(?=[’']s\\b)|(?![-’'])${NAMED_BY_OF}(?:(?<=s)(?=\\s+\\p{Ll})|(?=${CLOSES_PHRASE})))`, 'gu');

/** The bare "the <noun>"s of a stem whose noun the headline holds. */
export function headlineNouns(stem: string, title?: string): string[] {
  if (!title) return [];
  const lower = title.toLowerCase();
  return [...outsideQuotes(stem).matchAll(BARE_DEFINITE)].map((m) => m[2]!).filter((noun) => containsWord(lower, noun));
}

/** Does the reason say a bare "the <noun>" leans on an earlier sentence (one describeEarlierNouns may mend)? */
export const leansOnEarlierNoun = (reason: string): boolean => EARLIER_NOUN.test(reason);

/**
 * "The hostel will create 12 jobs" -> "The 24-bed hostel on Pilgrim Street will create 12 jobs": a bare "the <noun>"
 * that only an earlier sentence identifies takes the article's first description of it (facts/descriptions.ts), so
 * the stem says which one. The words it adds are kept on the candidate: they are the stem's own, not the earlier
 * sentence's.
 */
export function describeEarlierNouns(c: Candidate, facts: Facts, title?: string, review?: string, more: readonly string[] = []): Candidate {
  if (hasSayingOptions(c.kind) || c.sentence.index <= 0) return c;
  // The noun the review says leans on an earlier sentence, and the headline's own ("the hub" of "New eye surgery hub
  // at Ashcombe hospital ..."), which the review lets pass but a question read alone does not show; and any other the
  // caller names (generate.ts: every "the <noun>" an earlier sentence introduced, round 81).
  const flagged = new Set(review ? [EARLIER_NOUN.exec(review)?.[1]] : []);
  for (const noun of headlineNouns(c.stem, title)) flagged.add(noun);
  const nouns = new Set([...flagged, ...more]);
  nouns.delete(undefined);
  if (!nouns.size) return c;
  const described: string[] = [];
  const stem = replaceOutsideQuotes(c.stem, CLOSED_BARE_DEFINITE, (whole, the, noun, at, all) => {
    // (A person is never described from an earlier sentence: "The driver was arrested" may be a second driver's; a
    // review of round 70's rules.)
    // (Nor a role: "The magistrate" is no "Gaborone Chief Magistrate" of the court's name; round 100.)
    if (!nouns.has(noun as string) || PERSON_ANAPHOR.test(noun as string) || PERSON_ROLES.has(noun as string)) return whole;
    // A possessive takes a description only when it ends on the noun: "the hillside village's", not "the market town
    // in Wiltshire's".
    const possessive = /^[’']s\b/.test((all as string).slice((at as number) + whole.length));
    // "the hub" of "The Millbrook Eye Surgery Hub, which opened on Monday, ...": the one name ending on the noun.
    // (Not a plural: "84 of the homes" are no "Calder Brook Homes", the developer.)
    const named = /s$/.test(noun as string)
      ? new Set<string>()
      : new Set(
          facts.names
            // (A name that is the noun alone, "Ice" of a heading, says no more than "the ice"; nor is "the jewellery" the
            // "School of Jewellery", whose head is "School": round 60.)
            .filter((n) => n.sentence < c.sentence.index && n.type !== 'person' && lastWord(n.text).toLowerCase() === noun && n.text.toLowerCase() !== noun && !/\sof\s/.test(n.text))
            .map((n) => n.text),
        );
    // (A name takes "the" only where the article writes it so: "Ashcombe Hospital", "the Millbrook Eye Surgery Hub".)
    // (Not beside another body the sentence names: "delivered to Siri Grains ..., according to the company"; round 78.)
    // (A noun no check flagged is named only by a name the article keeps using, beside no other body or place of the
    // sentence: "chartered by the agency" after "The WFP's country director" is no "UN Refugee Agency", and "the island"
    // of an island's page no "Cape Breton Island" met once; round 81.)
    // (And one of the kind the noun says, named in the two sentences before: "the city's deputy mayor" is no "Leicester
    // City", "the union's general secretary" no "European Union" met paragraphs earlier; a review of round 81's rules.)
    // "the town" after "the town of Mizuhara" or "Mizuhara, a small town in ...": the one place the article introduced
    // as one (round 85's raters failed every "the town" it left unnamed).
    // ("The court noted ..." after "the Nelson District Court" and "the Court of Appeal": either may be meant; round 88.)
    if (named.size === 1 && otherBodiesOfNoun(facts, noun as string, c.sentence.index, named)) named.clear();
    // (Not where the sentence names that place itself, "trade shifted to larger ports such as Pangani", nor where the
    // article met another "a trading town" it may mean; round 89.)
    const introduced =
      PLACE_HEAD.test(noun as string) && !named.size
        ? placesIntroducedAs(facts, noun as string, c.sentence.index).filter((p) => !containsWord(c.sentence.text, p) && !meetsAnotherOfNoun(facts, noun as string, c.sentence.index))
        : [];
    if (introduced.length === 1) named.add(introduced[0]!);
    const only = named.size === 1 ? facts.names.filter((n) => n.text === [...named][0]) : [];
    const kindFits = only.some((n) => (PLACE_HEAD.test(noun as string) ? n.type === 'place' : n.type === 'organisation'));
    const near = introduced.length === 1 || only.some((n) => n.sentence < c.sentence.index && n.sentence >= c.sentence.index - 2);
    const sure = flagged.has(noun as string) || (kindFits && near && !facts.names.some((n) => n.sentence === c.sentence.index && n.type !== 'person' && n.type !== 'other'));
    const name = sure && named.size === 1 && !(FIRM_NOUN.test(noun as string) && sentenceNamesOtherBody(facts, c.sentence, [...named][0]!, true)) ? [...named][0]! : undefined;
    // (A noun no check flagged takes a name only: an earlier description may be of another one, "the title at Nottingham".)
    // (Never a place's restriction on what a figure counts: "Nationally, _____ sat the exam" took "the exam at Alamura
    // Preparatory School" from a sentence about one school, and the key, 684,000 students, was false; round 94.)
    const found = flagged.has(noun as string) ? findDescription(facts.sentences, noun as string, c.sentence.index)?.text : undefined;
    // (An event's place is where one sitting of it was held, not which one it is; "the 24-bed hostel on Pilgrim Street"
    // is that hostel.)
    const description = found && (SCOPE_WORD.test(c.stem) || EVENT_NOUN.test(noun as string)) && RESTRICTING_LOCATIVE.test(found) ? undefined : found;
    const text = name ?? (possessive && description && lastWord(description) !== noun ? undefined : description);
    if (!text) {
      // "The team compared ..." of a study from one university: "The University of Southmoor team compared ..." (and
      // "the researchers", "the scientists": round 55).
      const lab = RESEARCH_GROUP.test(noun as string) ? onlyResearchBody(facts, c.sentence.index) : undefined;
      if (!lab) return whole;
      described.push(...lab.toLowerCase().split(/\s+/));
      // (A name before "team" takes "the" whatever it takes alone: "the University College Cork team".)
      return `${the as string}he ${lab} ${noun as string}`;
    }
    described.push(...text.toLowerCase().split(/\s+/));
    // (A place introduced as "the town of X" takes no "the": "the Marrowby" read wrong.)
    return name ? (introduced.includes(name) ? name : withArticle(name, facts.sentences, the === 'T')) : `${the as string}he ${text}`;
  });
  if (stem === c.stem || countWords(stem) > MAX_STEM_WORDS || givesAway(stem, c.key, facts)) return c;
  return { ...c, stem, described };
}

const SCOPE_WORD = /\b(?:Nationally|nationwide|Overall|overall|In total|in total|Across the country|across the country|Worldwide|worldwide|Globally|globally)\b/;
const EVENT_NOUN = /^(?:exam|exams|test|tests|vote|election|match|race|game|meeting|ceremony|conference|trial|hearing|festival|show|concert|survey|count|census|inspection)$/;
const RESTRICTING_LOCATIVE = /\b(?:at|in|on|from|near)\s+(?:the\s+)?\p{Lu}/u;
const PLACE_HEAD = /^(?:city|town|village|island|river|lake|valley|county|region|district|province|port|state|hamlet|parish|commune|municipality)$/;

/**
 * Does the article name, before `before`, another body headed by `noun` in the "X of Y" form the names that end on the
 * noun leave out ("Court of Appeal" beside "Nelson District Court")?
 */
function otherBodiesOfNoun(facts: Facts, noun: string, before: number, named: ReadonlySet<string>): boolean {
  return readNounUses(facts, noun).bodiesOf.some((n) => n.sentence < before && !named.has(n.text));
}

/** Did an earlier sentence meet "a <noun>" of its own ("a busy trading town"), not as a named place's description? */
function meetsAnotherOfNoun(facts: Facts, noun: string, before: number): boolean {
  return readNounUses(facts, noun).firstIndefinite < before;
}

/** Places an earlier sentence introduces as a `noun`: "the town of Mizuhara", "Mizuhara, a small town in ...". */
function placesIntroducedAs(facts: Facts, noun: string, before: number): string[] {
  return [...new Set(readNounUses(facts, noun).introduced.filter((n) => n.sentence < before).map((n) => n.text))];
}

interface NounUses {
  /** Bodies headed by the noun in the "X of Y" form ("Court of Appeal"). */
  bodiesOf: NameSpan[];
  /** The first sentence that meets "a <noun>" of its own; Infinity when none does. */
  firstIndefinite: number;
  /** Places introduced as the noun. */
  introduced: NameSpan[];
}
const nounUses = new WeakMap<Facts, Map<string, NounUses>>();

/** How the article uses a noun, read once per article and noun: describeEarlierNouns asks for every stem. */
function readNounUses(facts: Facts, noun: string): NounUses {
  return remember(remember(nounUses, facts, () => new Map<string, NounUses>()), noun, () => {
    const headed = new RegExp(`^(?:The\\s+)?(?:\\p{Lu}\\p{Ll}+\\s+)?${noun}\\s+of\\s`, 'iu');
    // (Not a named place's own description: "Thulogaun, a farming village", "Fearnsay is a small island".)
    const indefinite = new RegExp(`(?<!(?:,|\\bis|\\bwas|\\bas)\\s)\\ban?\\s+(?:[\\p{Ll}-]+\\s+){0,2}${noun}\\b`, 'u');
    const ofBefore = new RegExp(`\\b${noun}\\s+of\\s+$`, 'i');
    const described = new RegExp(`^,\\s+(?:a|an|the)\\s+(?:[\\p{Ll}-]+\\s+){0,3}${noun}\\b`, 'u');
    const introduced = facts.names.filter((n) => {
      if (n.type !== 'place') return false;
      const sentence = facts.sentences[n.sentence]!;
      const lead = sentence.text.slice(Math.max(0, n.start - sentence.start - 20), n.start - sentence.start);
      const rest = sentence.text.slice(n.end - sentence.start, n.end - sentence.start + 60);
      return ofBefore.test(lead) || described.test(rest);
    });
    const first = facts.sentences.findIndex((s) => indefinite.test(s.text));
    return {
      bodiesOf: facts.names.filter((n) => n.type !== 'person' && headed.test(n.text)),
      firstIndefinite: first < 0 ? Infinity : first,
      introduced,
    };
  });
}
const PERSON_ANAPHOR = /^(?:driver|suspect|victim|victims|man|woman|boy|girl|defendant|passenger|pilot|rider|runner|officer)$/;
const RESEARCH_GROUP = /^(?:team|researchers|scientists)$/;
const STUDY_LEAD = /\b(?:researchers?|scientists?|team|led by|authors?|study by|conducted by|carried out by|a study from|research(?:ers)? from)\b/i;
const OUTSIDE_EXPERT = /\b(?:not involved|was not part|independent|who did not take part)\b/i;

/**
 * "The Dunsgarth is a rare breed of domestic sheep ...", then "Since _____ the breed has recovered slowly": an
 * encyclopedia page defines its subject by a class noun and goes on calling it that. Read alone, "the breed" is no
 * breed in particular; the stem names it (round 64: "the breed", "the village", "the lake").
 */
export function nameTheTopic(stem: string, sentenceIndex: number, facts: Facts): string {
  // "The study used _____ collected under licence ..." of a story about one university's study: "The University of
  // Eastmere study used ..." (round 64), as "the team" is named (describeEarlierNouns).
  const study = /^The (study|trial|experiment)\b/.exec(stem);
  const lab = study && sentenceIndex > 0 ? onlyResearchBody(facts, sentenceIndex) : undefined;
  if (lab && !containsWord(stem, lab)) {
    const named = `The ${lab} ${stem.slice('The '.length)}`;
    if (countWords(named) <= MAX_STEM_WORDS) return named;
  }
  const topic = remember(topics, facts, () => findTopicDefinition(facts));
  if (!topic || sentenceIndex <= topic.sentence || containsWord(stem, topic.name)) return stem;
  // (With "the" only where the definition writes it: "the Dunsgarth", but "Brackenmouth", "Lake Vallmaren".)
  // (The first mention only: "quarried ... from the Ex-convent of ..., which gives the Ex-convent of ... its colour"
  // repeats a long name; round 92.)
  let seen = 0;
  const named = replaceOutsideQuotes(stem, topic.pattern, (whole, the) => (seen++ > 0 ? (whole as string) : topic.article ? `${the as string}he ${topic.name}` : topic.name));
  return countWords(named) <= MAX_STEM_WORDS ? named : stem;
}
interface TopicDefinition {
  name: string;
  article: boolean;
  sentence: number;
  pattern: RegExp;
}
const topics = new WeakMap<Facts, TopicDefinition | undefined>();
// "X is a [words] <noun>" ending where the class noun's phrase does: "a market town in", "a three-masted barque built".
// ("The Selca zither (Slovene: selške citre) is a plucked box zither ...": a name may end on its own lower-case nouns.)
const DEFINITION = /^(The\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\p{L}'’-]+){0,4}(?:(?:\s+\p{Ll}{3,}){1,2}(?=\s+(?:\(|is\b|was\b)))?)(?:\s+\([^)]*\))?\s+(?:is|was)\s+(?:a|an)\s+(?:[\p{L}\p{N}*-]+\s+){0,4}?(\p{Ll}{3,})(?=\s+(?:of|in|on|at|near|and|that|which|who|with|from|by|for|built|founded|located|situated|established|based)\b|[,.;])/u;

// Class nouns an encyclopedia page calls its subject by, whatever its definition's own noun ("the instrument", "the
// building", "the species"; round 86).
const CLASS_NOUNS = new Set(['instrument', 'building', 'structure', 'site', 'species', 'vessel', 'breed', 'dish', 'festival', 'tradition', 'craft']);
const CLASS_KIN: Readonly<Record<string, readonly string[]>> = {
  tradition: ['craft'],
  craft: ['tradition'],
  building: ['structure'],
  structure: ['building'],
  vessel: ['ship'],
};

function findTopicDefinition(facts: Facts): TopicDefinition | undefined {
  for (const s of facts.sentences.slice(0, 3)) {
    const m = DEFINITION.exec(s.text);
    if (!m) continue;
    const name = m[2]!;
    // A name the article types as a place, a body or nothing in particular; never a person ("Ellis is a nurse").
    // (A name that ends on its noun, "Selca zither", is no name the chunker finds whole: its capitalised words are.)
    // ("The Kelabit flute frog (Philautus tibicen) is a small species": two of them; round 97.)
    const capitalised = name.replace(/(?:\s\p{Ll}+)+$/u, '');
    if (!facts.names.some((n) => n.sentence === s.index && n.text === capitalised && n.type !== 'person')) continue;
    const noun = m[3]!;
    // ("The Worthy Farm festival site is a dairy farm": a class noun inside the name's lower-case tail is another thing
    // of the page, "the festival"; a review.)
    if (name.split(/\s+/).slice(0, -1).some((w) => CLASS_NOUNS.has(w))) continue;
    // ("the instrument" of a page on a zither: the class an encyclopedia goes on calling its subject by.)
    // (Not for a town or a region: "Ashbourne is a market town ... The building was restored" is another building; a review.)
    // ("a handicraft tradition" goes on as "the craft", "a passenger ferry" as "the vessel": a class noun's kin; round 99.)
    const nouns = CLASS_NOUNS.has(noun) ? `(?:${[noun, ...(CLASS_KIN[noun] ?? [])].join('|')})` : PLACE_HEAD.test(noun) ? noun : `(?:${noun}|${[...CLASS_NOUNS].join('|')})`;
    // "the village is", "around the village on", "the river peaked": the noun closes its phrase ("the fire engine" does not).
    const pattern = new RegExp(`\\b([Tt])he\\s+${nouns}${NAMED_BY_OF}(?=${CLOSES_PHRASE})`, 'gu');
    return { name, article: !!m[1], sentence: s.index, pattern };
  }
  return undefined;
}

/**
 * The one university or institute the article names before this sentence, whose team a study's "team" is; none
 * outside a study (review: "The team beat Ashby Town" of a club that signed a player from a university).
 */
function onlyResearchBody(facts: Facts, before: number): string | undefined {
  if (!facts.sentences.slice(0, before + 1).some((s) => STUDY_CUE.test(s.text))) return undefined;
  // Only a body the article ties to the study ("researchers at X", "led by ... at X"), never an outside expert's ("of the
  // University of Reading, who was not involved in the research"; review of round 65).
  const ties = (n: { sentence: number }) => STUDY_LEAD.test(facts.sentences[n.sentence]!.text) && !OUTSIDE_EXPERT.test(facts.sentences[n.sentence]!.text);
  const universities = facts.names.filter((n) => n.sentence < before && n.type === 'organisation' && /\b(?:University|Institute|College)\b/.test(n.text));
  const bodies = new Set(universities.filter(ties).map((n) => n.text));
  // (And none other named at all: a second university may be the study's under a name the ties miss.)
  return bodies.size === 1 && new Set(universities.map((n) => n.text)).size === 1 ? [...bodies][0] : undefined;
}
const STUDY_CUE = /\b(?:study|studies|research|researchers|scientists|journal|published|findings|survey|trial|experiment)\b/i;

const PREDICATE_TAIL = /^,\s+(?:is|are|was|were|has|have|had|will|would|can|could|may|must|should|did|does)\b/;

// Titles whose holder anyone can name ("UN Secretary-General", "Kremlin spokesperson", "Labour Party leader").
export const HIGH_PROFILE = /\b(?:president|prime|minister|secretary|secretary-general|spokesperson|spokesman|spokeswoman|leader|speaker|chancellor|king|queen|prince|princess|pope|governor|senator|mayor|ceo|founder|co-founder|entrepreneur|premier|monarch|emperor|citizen|ambassador|envoy|chairman|chairwoman)\b/i;

/**
 * A reason that makes a question weaker rather than wrong (a low-profile role before the blank, "the team" when
 * the team was named before): such a question may fill a quiz that would otherwise fall short, never more.
 */
export function isSoftReason(reason: string): boolean {
  if (/was introduced in an earlier sentence|a bound its options cannot rule out/.test(reason)) return true;
  const role = /^the (?:title|role) "([^"]+)" before the blank/.exec(reason);
  return !!role && !HIGH_PROFILE.test(role[1]!);
}

// Words many names share, too common to cue one of them.
const COMMON_NAME_WORDS = new Set('group national international general central state states united union university institute association council department ministry agency office company corporation foundation organisation organization society committee commission service services system party force forces bank court house library south north east west new'.split(' '));

// Global, but only ever used by String.prototype.replace (which starts from 0 and leaves lastIndex at 0).
const NOT_LETTER_OR_NUMBER = /[^\p{L}\p{N}]/gu;

// The same keys come back candidate after candidate: their word patterns are built once (bounded).
const echoPatterns = new Map<string, RegExp>();

function echoPattern(word: string): RegExp {
  let re = echoPatterns.get(word);
  if (!re) {
    re = new RegExp(`(?<![\\p{L}])${word}`, 'u');
    if (echoPatterns.size >= 5000) echoPatterns.clear();
    echoPatterns.set(word, re);
  }
  return re;
}

/** "the _____ recorded ... phishing attacks" with "Anti-Phishing Working Group": a word of the key in the stem cues it. */
export function explainEchoedKey(c: Pick<Candidate, 'stem' | 'key' | 'kind'>): string | undefined {
  if (!NAME_KINDS.has(c.kind)) return undefined;
  if (!STARTS_UPPER.test(c.key)) return undefined;
  const stem = c.stem.toLowerCase();
  for (const w of c.key.toLowerCase().split(/[\s-]+/)) {
    const word = w.replace(/[’']s$/, '').replace(NOT_LETTER_OR_NUMBER, '');
    if (word.length < 5 || COMMON_NAME_WORDS.has(word)) continue;
    if (echoPattern(word).test(stem)) return `the stem echoes "${word}" of the key`;
  }
  return undefined;
}

// "The records ...", "The U.S. share ...": a definite subject with nothing after it to say which one.
// (A measure's modifier is passed over for its noun: "The median wait was 17 weeks" after "waiting lists".)
const DEFINITE_SUBJECT = /^The\s+(?:[\p{Lu}][\p{L}.]*\s+)?(?:(?:median|average|mean|overall|annual|typical|final|latest|current|original)\s+(?!(?:will|would|is|was|are|were|has|had|have|can|could|may|might|must|should|did|does)\b))?([\p{Ll}][\p{Ll}-]{2,})\b(?!\s+(?:of|for|in|on|at|by|(?:led|headed|run)\s+by|from|with|that|which|who|between|to|called|named|known)\b)(?![-’'])/u;

// Further on in the stem: a possessive ("the planet's radius", "the company's homes"), a noun closing a phrase ("in the
// city,", "entering the zone."), or an age standing for a person ("The 24-year-old").
const DEFINITE_INSIDE = /\b[Tt]he\s+(?:\d+-year-old\b(?!\s+\p{Lu}[\p{L}'’-]*\s+(?:(?:de|van|von|der|den|da|di|du|le|la|al|el|bin)\s+)*\p{Lu})|(?!(?:men|women|spot|same)\b)(\p{Ll}[\p{Ll}-]{2,})(?:[’']s\b|(?=[,.;:?!])))/gu;

/**
 * A stem opening on "the <noun>" whose noun an earlier sentence of the article introduced (soft: the sentence may still
 * read), or naming such a noun further on ("radiation from the planet's star", hard: the reader is left guessing which).
 */
const FRONTED_OWNER = /^(?:In|At|During|On|Throughout|For|After|Before|With)\s+$/;
const OWNER_AFTER = /^\s[^,“”"]{1,40},\s+(?:(?:Judge|Justice|Mr|Mrs|Ms|Dr|Professor|Prof|Sir|Dame|Lord|Lady)\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?\s+\p{Ll}/u;
const BODY_NOUN = /^(?:company|firm|business|group|charity|club|council|team|trust|union|society)$/;
// A body named in the stem: "Clearcullet's", "Brookvale Living's", "for Brightsmile Dental Group", "at Hallbrook Marine
// Systems".
// (Only as the speaker's own: "Clearcullet's managing director", "A spokesperson for Brightsmile Dental Group", "chief
// technology officer at Hallbrook Marine Systems".)
const NAMED_BODY_BEFORE =
  /\p{Lu}[\p{L}&-]*[’']s\s+(?:[\p{Ll}-]+\s+){0,2}(?:director|executive|spokes\p{Ll}+|chair\p{Ll}*|founder|owner|manager|officer|president|head|boss)\b|\b(?:spokes\p{Ll}+|director|executive|officer|chair\p{Ll}*|founder|owner|manager|president|head|representative)\s+(?:for|at|of)\s+(?:the\s+)?\p{Lu}[\p{L}&-]+(?:\s+\p{Lu}[\p{L}&-]+)*/u;

/** Is "the <noun>" at `at` the body its speaker speaks for ("Clearcullet's managing director, _____, said the company ...")? */
function speakersBody(stem: string, at: number, noun: string): boolean {
  const before = stem.slice(0, at);
  return BODY_NOUN.test(noun) && /\b(?:said|says|added)\s+(?:that\s+)?the\s+$/i.test(before) && NAMED_BODY_BEFORE.test(before);
}

export function explainEarlierSubject(
  stem: string,
  sentenceIndex: number,
  sentences: ReadonlyArray<{ text: string }> | undefined,
  title = '',
  described: readonly string[] = [],
): string | undefined {
  if (!sentences || sentenceIndex <= 0) return undefined;
  const introduced = (noun: string) => {
    // A word of the description the stem now gives ("the 24-bed hostel on Pilgrim Street") is the stem's own.
    if (described.includes(noun.toLowerCase())) return false;
    const stemmed = noun.replace(/(?:es|s)$/, '');
    // The headline sits above every question: "the election" of an election story needs no earlier sentence.
    if (stemmed.length < 3 || GENERIC_DEFINITES.has(stemmed) || title.toLowerCase().includes(stemmed)) return false;
    const first = firstMention(sentences, stemmed);
    // "The study found ..." of a story whose lead reports a study: the article's own frame, as its headline would be.
    if (REPORT_NOUNS.has(stemmed) && first <= 2) return false;
    return first < sentenceIndex;
  };
  const m = DEFINITE_SUBJECT.exec(stem);
  // Soft for a noun the article keeps coming back to ("The company" of a company story); hard for one met once or twice
  // ("The operator", "The project": raters could not tell which).
  if (m && introduced(m[1]!)) {
    const frame = countMentions(sentences, m[1]!.replace(/(?:es|s)$/, '')) >= 3;
    return frame ? `"${m[0]}" was introduced in an earlier sentence` : `"${m[0]}" names what only an earlier sentence identifies`;
  }
  for (const d of outsideQuotes(stem).matchAll(DEFINITE_INSIDE)) {
    // An opening "The <noun>" is the subject case above; an opening "The 24-year-old" is not.
    if (d.index === 0 && d[1]) continue;
    // ("A spokesperson for Brightsmile Dental Group ... said the company", "Clearcullet's managing director said the
    // company": the body the stem names before it; round 71.)
    if (d[1] && speakersBody(stem, d.index + d[0].indexOf(d[1]), d[1])) continue;
    // "The 24-year-old": a person the stem never names.
    if (!d[1] || introduced(d[1])) {
      // A noun the article keeps coming back to ("By the end of the study," of a study story) still reads: soft.
      const frame = !!d[1] && !d[0].includes('’') && !d[0].includes("'") && countMentions(sentences, d[1].replace(/(?:es|s)$/, '')) >= 4;
      return frame ? `"${d[0].trim()}" was introduced in an earlier sentence` : `"${d[0].trim()}" names what only an earlier sentence identifies`;
    }
  }
  // "engineers concluded that the movements did not ...", "the county had seen ...", "reduced the amount by": soft, as
  // such a stem often still reads.
  // (Not a noun the article keeps coming back to, "the junta" of a Mali story: that is the story's own frame.)
  for (const d of outsideQuotes(stem).matchAll(DEFINITE_BEFORE_VERB)) {
    if (d.index !== 0 && introduced(d[1]!) && countMentions(sentences, d[1]!.replace(/(?:es|s)$/, '')) < 3 && !speakersBody(stem, d.index + d[0].indexOf(d[1]!), d[1]!)) return `"${d[0].trim()}" was introduced in an earlier sentence`;
  }
  return undefined;
}
const DEFINITE_BEFORE_VERB =
  /(?<!\b(?:in|of|on|at|for|from|with|to|into|about|over|under|across|through|within|during)\s)\bthe\s+(\p{Ll}[\p{Ll}-]{2,})\b(?=\s+(?:had|has|have|was|were|is|are|did|does|do|would|will|could|can|may|might|must|should|by|\p{Ll}+ed)\b)/gu;

// Per article: the sentences that mention a word, in order (asked again for every candidate stem).
const mentions = new WeakMap<ReadonlyArray<{ text: string }>, Map<string, number[]>>();

// The article's sentences lower-cased and joined once, with where each starts: one search per word, not one per sentence.
const joinedSentences = new WeakMap<ReadonlyArray<{ text: string }>, { text: string; starts: number[] }>();
const ASCII_WORD_CHAR = /[A-Za-z0-9_]/;

/** The sentences where `word` opens a word (as /\bword/i finds it), in order. */
function findMentions(sentences: ReadonlyArray<{ text: string }>, word: string): number[] {
  return remember(remember(mentions, sentences, () => new Map<string, number[]>()), word, () => {
    const joined = remember(joinedSentences, sentences, () => {
      const lower = sentences.map((s) => s.text.toLowerCase());
      const starts: number[] = [];
      let at = 0;
      for (const l of lower) {
        starts.push(at);
        at += l.length + 1;
      }
      return { text: lower.join('\u0000'), starts };
    });
    const needle = word.toLowerCase();
    const found: number[] = [];
    for (let at = joined.text.indexOf(needle); at >= 0; at = joined.text.indexOf(needle, at + 1)) {
      if (at > 0 && ASCII_WORD_CHAR.test(joined.text[at - 1]!)) continue;
      let lo = 0;
      let hi = joined.starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (joined.starts[mid]! <= at) lo = mid;
        else hi = mid - 1;
      }
      if (found.at(-1) !== lo) found.push(lo);
    }
    return found;
  });
}
const firstMention = (sentences: ReadonlyArray<{ text: string }>, word: string) => findMentions(sentences, word)[0] ?? Infinity;
/** The first sentence holding the word whole, or its plural ("bill", not "billion"; "man", not "Manchester"). */
function firstWholeMention(sentences: ReadonlyArray<{ text: string }>, word: string): number {
  let whole = wholeWords.get(word);
  if (!whole) {
    whole = new RegExp(`\\b${escapeRegExp(word)}(?:e?s)?\\b`, 'i');
    if (wholeWords.size >= 5000) wholeWords.clear();
    wholeWords.set(word, whole);
  }
  return findMentions(sentences, word).find((i) => whole.test(sentences[i]!.text)) ?? Infinity;
}
const wholeWords = new Map<string, RegExp>();
const countMentions = (sentences: ReadonlyArray<{ text: string }>, word: string) => findMentions(sentences, word).length;

// Any "the" and the lower-case words after it, up to three (not "the <noun> of ...", which says which).
// ("the war in Ukraine" names its own place.)
const ANY_DEFINITE = /\b[Tt]he((?:\s+(?!(?:the|an?|of|that|which|who|whose|where|called|named|known)\b)\p{Ll}[\p{Ll}-]*){1,3})(?![\p{L}-])(?!\s+(?:of|that|which|who|whose|where|called|named|known)\b|\s+(?:in|at|on|for)\s+\p{Lu})/gu;
// Words of a definite phrase that say nothing of which thing it is.
const NOT_HEAD = new Set('only same new old first second third last next other two three four five main whole entire local current former original final previous latest own following early late in on at to by for from with and or but is was are were has had have will would could can may said says beneath under over near into'.split(' '));

/**
 * The things the stem calls "the <noun>" that an earlier sentence introduced ("the courtyard", "the team", "the two
 * regions"), none of them the headline's, as the stem writes their words: each is a reader's question the stem leaves
 * open. Rules above refuse the clearest cases; generate.ts names the rest where it can, and weighs what is left in
 * ranking, so a quiz takes self-contained stems first (round 79).
 */
export function findEarlierDefinites(stem: string, sentenceIndex: number, sentences: ReadonlyArray<{ text: string }>, title = '', described: readonly string[] = []): string[] {
  if (sentenceIndex <= 0) return [];
  const nouns = new Map<string, string>();
  for (const m of outsideQuotes(stem).matchAll(ANY_DEFINITE)) {
    // ("the only gate", "the courtyard holds": the phrase's first word the earlier sentence has.)
    for (const word of m[1]!.trim().split(/\s+/)) {
      if (NOT_HEAD.has(word)) continue;
      const stemmed = word.replace(/s$/, '');
      if (described.includes(word) || stemmed.length < 3 || GENERIC_DEFINITES.has(stemmed) || title.toLowerCase().includes(stemmed)) continue;
      if (firstWholeMention(sentences, stemmed) < sentenceIndex) {
        nouns.set(stemmed, word);
        break;
      }
    }
  }
  return [...nouns.values()];
}

// Definites that name something the whole world knows, or the story's frame, not one thing met earlier.
const REPORT_NOUNS = new Set('study report survey trial paper review inquiry investigation poll analysis'.split(' '));
const GENERIC_DEFINITES = new Set('world country government public police army military press media economy market industry state nation people year week month day time end start first last past future north south east west centre center region area'.split(' '));

/** Is `key` the person the story is about (storySubject), named in the headline? */
function isHeadlinedSubject(facts: Facts, title: string, key: string): boolean {
  const subject = storySubject(facts);
  const full = readFullName(facts, key);
  return !!subject && full === readFullName(facts, subject) && full.split(/\s+/).some((w) => w.length > 2 && containsWord(title, w));
}

// A headline that says the article is a review (of a play, a book, an album, a restaurant).
// ("Salt Road review: ...", "Review: ...", a star rating; not "Pay review body recommends ...": a review.)
const REVIEW_TITLE = /\breview\s*[:–—|-]|^review\b|★|\b[1-5]\/5\b/i;
// Words by which a critic judges.
const JUDGING =
  /\b(?:wonderful(?:ly)?|beautiful(?:ly)?|brilliant(?:ly)?|superb(?:ly)?|masterful(?:ly)?|masterly|stunning(?:ly)?|magnificent(?:ly)?|gorgeous(?:ly)?|delightful(?:ly)?|dazzling|luminous|gripping|compelling|moving(?:ly)?|memorable|thrilling|haunting(?:ly)?|overlong|clumsy|clumsily|uneven|brisk(?:ly)?|exquisite(?:ly)?|sublime|terrific|extraordinary|remarkable|striking(?:ly)?|impressive(?:ly)?|assured|nuanced|tender(?:ly)?|witty|wittily|funny|charming|lovely|vivid(?:ly)?|powerful(?:ly)?|tedious|laboured|sluggish|deft(?:ly)?|finely|elegant(?:ly)?|caricature|heartfelt|poignant(?:ly)?|affecting|lyrical|handsome(?:ly)?|too long|too short|overwrought|underwritten|unforgettable|superbly|pitch-perfect|standout)\b/i;

/** Every reason this candidate should not be served, the hard ones first; empty when none. */
/** `title` stands for the headline where the article has none (generate.ts: the lead's opening words). */
export function listProblems(c: Candidate, facts: Pick<Facts, 'title'> & Partial<Facts>, title = facts.title): string[] {
  const out: string[] = [];
  const add = (r: string | undefined) => r && out.push(r);
  for (const option of [c.key, ...c.distractors.slice(0, 3)]) add(explainGarbledOption(option));
  add(explainRestatesTitle(c, title));
  // "Who has died at the age of 95?" of the lead: a lead retells the headline, and its subject named there is the answer.
  if (NAME_KINDS.has(c.kind) && c.sentence?.index === 0 && title && containsWord(title, c.key)) out.push('the question restates the headline');
  // "Who was a tireless campaigner for women in polar science?" of an obituary headed with her name: the person the story
  // is about, named in the headline, is the answer anyone guesses (round 86).
  else if (c.kind === 'person' && title && facts.names && isHeadlinedSubject(facts as Facts, title, c.key)) out.push("the headline names the story's subject");
  // The headline sits above every question: a figure or date it gives is an answer a reader need not find.
  if (title && /^(date|quantity)$/.test(c.kind) && containsWord(title, c.key)) out.push('the headline gives the key');
  // "_____ gives a wonderfully controlled performance", "Director Ingrid Alleyne keeps the pace brisk ...": in a review,
  // a sentence that judges is the critic's opinion, not a fact of the article (round 85).
  if (title && REVIEW_TITLE.test(title) && c.sentence && JUDGING.test(outsideQuotes(c.sentence.text))) out.push("a critic's judgement, not a fact");
  if (!hasSayingOptions(c.kind)) {
    // A name quoted as a title ("CNN’s “_____”") is a programme or a work, not the organisation the options are.
    if (/[“"]\s*_____\s*[”"]/.test(c.stem)) out.push('the blank is a quoted title');
    // "Member of Parliament", "Minister of Defence": a title, not a body.
    if (/^(?:Member|Minister|Secretary|President|Head|Chair|Speaker|Leader|Director|Governor)\s+of\b/.test(c.key)) out.push('the key is a title, not a name');
    // "Relations between the _____ and Mali's junta have been strained": a relation other parties of the story may
    // share too (the rubric's own example of a second key).
    if (/\b(?:relations?|tensions?|talks|ties|links|cooperation|disputes?|rivalry)\s+between\s+(?:the\s+)?_____/i.test(c.stem)) out.push('a relation other parties may share');
    // "Junior _____" for "Junior Messi Enguene": the key is a name cut short.
    if (/\b(?:Junior|Senior|Jr|Sr|Saint|St|San|Santa|De|Van|Von|Le|La|Al|El|Da|Di|de|van|von|der|den|da|di|del|du|bin|ibn)\s+_____/.test(c.stem)) out.push('the key is part of a longer name');
    // ("Valparaíso and Viña del Mar are also affected": the others the article lists as affected are true options too,
    // once the stem drops its "also"; round 99.)
    if (/^(?:person|place|organisation)$/.test(c.kind) && c.sentence && /\b(?:also|as well)\b/i.test(outsideQuotes(c.sentence.text))) out.push('the sentence says others did so too ("also")');
    add(explainEchoedKey(c));
    add(explainAliasOfStem(c));
    add(explainBadForm(c.stem));
    add(explainDanglingStem(c.stem, c.kind === 'person' || c.kind === 'quote', c.kind === 'quantity' || c.kind === 'date'));
    add(explainRelativeDate(c.stem));
    add(explainEarlierSubject(c.stem, c.sentence?.index ?? 0, facts.sentences, title, c.described));
    if (facts.names) add(explainStrayPronoun(c, facts as Facts));
    if (c.kind === 'person' || (c.kind === 'quote' && c.stem.includes(BLANK))) add(explainRoleBeforeBlank(c.stem));
    // "Sentencing, Judge Rachel Ingham told _____ that ...": whom a judge addresses in sentencing is the defendant, by
    // court convention alone (round 68).
    if (c.kind === 'person' && /\b(?:Sentencing|Passing sentence)\b[^.]*\bJudge\s+(?:\p{Lu}[\p{L}'’-]+\s+){1,3}(?:told|said to|warned)\s+_____/u.test(c.stem)) {
      out.push('the one a judge sentences is the defendant, by court convention');
    }
    if (c.kind === 'quantity') add(explainThreshold(c) ?? explainBound(c.key));
    if (c.kind === 'place') add(explainCountryOfTown(c) ?? explainCountryAfterBlank(c) ?? (facts.names ? explainRegionOfCountry(c, facts as Facts) : undefined));
    // "at the _____ in Switzerland" keyed University of Bern, against two Chilean universities: the country after the
    // blank answers it for anyone who knows where the options are (round 86).
    if (c.kind === 'organisation') {
      const country = BODY_IN_COUNTRY.exec(c.stem);
      const named = country && (findCountry(`${country[1]} ${country[2] ?? ''}`.trim()) ?? findCountry(country[1]!));
      // (Only where an option names a place of another country, "University of Chile": four German carmakers are fair; a
      // review.)
      const elsewhere = (option: string) =>
        (option.match(CAPITALISED_WORD) ?? []).some((w) => {
          const home = findCountry(w)?.name ?? findCountry(findCity(w)?.country ?? '')?.name;
          return !!home && home !== named!.name;
        });
      if (named && c.distractors.slice(0, 3).some(elsewhere)) out.push(`"in ${country![0].replace(/^_____\s+in\s+/, '')}" after the blank narrows the options`);
    }
    // "across _____ and three other countries": any of the others makes the sentence true too.
    if (/_____\s+(?:and|or)\s+(?:\S+\s+)?other\s+(?:countries|nations|cities|towns|villages|states|regions|places|sites|clubs|teams|firms|companies)\b/.test(c.stem)) out.push('the key is one of a list the stem leaves open');
  }
  return out.sort((a, b) => Number(isSoftReason(a)) - Number(isSoftReason(b)));
}

/**
 * "to be based in Riga, _____", "_____'s minister said Riga sits at the heart of the Baltic" keyed Latvia: a town of the
 * stem names its country for anyone who knows it.
 */
function explainCountryOfTown(c: Pick<Candidate, 'stem' | 'key'>): string | undefined {
  const key = findCountry(c.key);
  if (!key) return undefined;
  // (Each capitalised word alone and with the next: "In Riga" holds "Riga", "Addis Ababa" is two.)
  const words = c.stem.match(CAPITALISED_WORD) ?? [];
  for (const town of [...words, ...words.slice(1).map((w, i) => `${words[i]} ${w}`)]) {
    const country = findCity(town)?.country;
    if (country && findCountry(country)?.name === key.name) return `"${town}" names its country`;
  }
  return undefined;
}
const CAPITALISED_WORD = /\p{Lu}[\p{L}'’-]+/gu;

/**
 * "Saskatchewan grows about 90 per cent of _____'s lentils", "Semporna is one of _____'s best-known diving
 * destinations": a country key beside a place the gazetteer cannot place is answered by anyone who knows where that
 * province or town is (rounds 85, 86); the gazetteer's towns are checked by explainCountryOfTown.
 */
const MACRO_REGION =
  /^(?:Europe|Asia|Africa|America|Americas|North America|South America|Latin America|Central America|Oceania|Antarctica|Arctic|Middle East|Far East|Balkans|Caribbean|Scandinavia|Baltic|Baltics|Pacific|Atlantic|Indian Ocean|Mediterranean|Sahel|Sahara|Gulf|Horn of Africa|Central Asia|South Asia|Southeast Asia|East Asia|West Africa|East Africa|North Africa|Southern Africa|Eastern Europe|Western Europe)$/;

function explainRegionOfCountry(c: Pick<Candidate, 'stem' | 'key' | 'sentence'>, facts: Facts): string | undefined {
  if (!findCountry(c.key)) return undefined;
  // (Not a continent or a sea, "Europe", nor a name the article also gives a body, "Eurostat"; a review.)
  const unplaced = facts.names.find(
    (n) =>
      n.sentence === c.sentence.index &&
      n.type === 'place' &&
      n.subtype !== 'country' &&
      !MACRO_REGION.test(n.text) &&
      !facts.names.some((o) => o.text === n.text && o.type === 'organisation') &&
      !/stat$/i.test(n.text) &&
      !findCountry(n.text) &&
      !findCity(n.text) &&
      !findUsState(n.text) &&
      c.stem.includes(n.text),
  );
  return unplaced ? `"${unplaced.text}" may name its country` : undefined;
}

/**
 * "Nwosu grew up in _____, in south-eastern Nigeria" against Houston, Pearland and Alief: a country named after the
 * blank rules out every option not in it (round 69). Only options the gazetteer places in that country may stand.
 */
function explainCountryAfterBlank(c: Pick<Candidate, 'stem' | 'key' | 'distractors'>): string | undefined {
  const named = COUNTRY_AFTER_BLANK.exec(c.stem);
  // ("grew up in _____, Georgia": a US state; "held in _____, Jordan said": a person.)
  if (!named || findUsState(named[1]!) || /^\s+(?:said|says|told|added|reported)\b/.test(c.stem.slice(named.index + named[0].length))) return undefined;
  const country = findCountry(named[1]!) ?? (named[2] ? findCountry(`${named[1]} ${named[2]}`) : undefined);
  if (!country || findCountry(c.key)) return undefined;
  const inCountry = (place: string) => findCountry(findCity(place)?.country ?? '')?.name === country.name;
  return c.distractors.every(inCountry) ? undefined : `"${named![0].replace(/^_____,\s+/, '')}" after the blank rules out options elsewhere`;
}
const BODY_IN_COUNTRY = /_____\s+in\s+(?:the\s+)?(\p{Lu}\p{Ll}+)(?:\s+(\p{Lu}\p{Ll}+))?/u;
const COUNTRY_AFTER_BLANK = /_____,\s+(?:in\s+)?(?:the\s+)?(?:(?:north|south|east|west|central)[\p{Ll}-]*\s+)?(\p{Lu}\p{Ll}+)(?:\s+(\p{Lu}\p{Ll}+))?/u;

const WEAK_KINDS: ReadonlySet<string> = new Set(['place', 'organisation', 'appositive']);
const CALENDAR_WORD = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
const WORD_RUN = /[\p{L}][\p{L}\p{N}'’-]*/gu;

/**
 * Why raters seldom accept a question of this shape, or undefined. Rounds 20-29: 25% of place, body and description
 * questions were acceptable, and 52% of stems that name no one and nothing ("The scheme includes _____ of shops",
 * "Privately, a pair typically costs ..."), against 71% of the rest. Such a question scores well below the rest, so it
 * mostly serves a short article rather than crowd out better ones.
 */
export function explainWeakShape(c: Pick<Candidate, 'stem' | 'kind'>): string | undefined {
  if (WEAK_KINDS.has(c.kind)) return `a ${c.kind} question`;
  // (A "who said" question asks whose words they are: the quotation is what it is about.)
  if (hasSayingOptions(c.kind) || c.kind === 'quote') return undefined;
  const text = outsideQuotes(c.stem).replace(/^(?:Who|Which|When|How|In what|What|Where)\b/, '');
  const words = text.match(WORD_RUN) ?? [];
  const named = words.slice(1).some((w) => STARTS_UPPER.test(w) && w !== 'I' && !CALENDAR_WORD.test(w));
  return named ? undefined : 'the stem names no one and nothing';
}

/**
 * "a petition with _____ must be debated" keyed "more than 1,500 signatures": a rule's threshold, which every higher
 * bound meets too, so "more than 2,300 signatures" makes it true as well (round 63).
 */
// (Also a bare figure with "or more" after it, or one a petition "reaches": a review of round 65.)
function explainThreshold(c: Pick<Candidate, 'stem' | 'key'>): string | undefined {
  const bound = BOUND.test(c.key) || /_____\s+(?:or|and)\s+(?:more|above|over)\b/.test(c.stem) || /\b(?:reach(?:es|ing)?|hits?|exceeds?)\s+_____/.test(c.stem);
  return bound && RULE.test(c.stem) ? `"${c.key}" is a rule's threshold that higher options meet too` : undefined;
}
// ("More than 20 people required hospital treatment" is no rule: "required" only as "is required (to)".)
const RULE = /\b(?:must|needs? to|(?:is|are|be) required|required to|qualif(?:y|ies|ied)|eligible|entitled|triggers?|threshold|automatically|is debated|are debated|will be debated)\b/i;

// "more than 118 millimetres", "fewer than 5%" (not "over six years", a span of time).
const BOUND = new RegExp(
  `^(?:${[...QUALIFIERS.lower, ...QUALIFIERS.upper].join('|')})\\s(?!.*\\b(?:years?|months?|weeks?|days?|hours?|decades?|centuries)$)`,
);

/**
 * "more than 118 mm of rain" against "more than 153 mm": the article rules out no bound above the key's, and each one
 * below it is true too. Soft: such a question only fills a quiz that would otherwise fall short.
 */
function explainBound(key: string): string | undefined {
  return BOUND.test(key) ? `"${key}" is a bound its options cannot rule out` : undefined;
}

/**
 * "Who said he had been reckless?" keyed Alison Pell: a he or she no one of that gender in the stem (nor the key) can
 * be, so it points at someone the stem never names.
 */
export function explainStrayPronoun(c: Pick<Candidate, 'stem' | 'key' | 'kind'>, facts: Facts): string | undefined {
  const pronoun = GENDERED_PRONOUN.exec(outsideQuotes(c.stem));
  if (!pronoun) return undefined;
  const wanted = /^(?:he|him|his)$/i.test(pronoun[0]) ? 'male' : 'female';
  const people = peopleOf(facts).filter((p) => containsWord(c.stem, p));
  if (PEOPLE_KINDS.has(c.kind)) people.push(c.key);
  if (ROLE_NOUN.test(c.stem)) return undefined;
  // "About 7% of her land ...", "the first survey of her work" in a question about a figure or a date: no one of the
  // article in the stem for the pronoun to be (a gallery or a city named there is no "her").
  // (A name opening the stem may be a person the article never typed, "Wierzbicki thanked his ..."; a ship is "she".)
  if (!people.length) {
    const stem = outsideQuotes(c.stem);
    // (A name, not a plain word the sentence opens on: "Contemporary timetables show that she ..."; round 98.)
    const opening = /^(\p{Lu}\p{Ll}+)(?:\s\p{Lu}\p{Ll}+)?(?:,\s+\d+,|\s+\p{Ll}+(?:ed|s)\b)/u.exec(stem)?.[1];
    const subjectNamed = !!opening && !SENTENCE_OPENERS.test(stem) && !opensOnNounPhrase(facts, stem);
    const ship = /^she$/i.test(pronoun[0]) && SHIP.test(stem);
    return !subjectNamed && !ship && /^(?:quantity|date|place|organisation|term)$/.test(c.kind) ? `"${pronoun[0]}" points at someone the stem never names` : undefined;
  }
  const genders = people.map((p) => readLikelyGender(facts, p));
  if (genders.every((g) => g && g !== wanted)) return `"${pronoun[0]}" points at someone the stem never names`;
  // "Tarn found him 40 minutes later": the object of the one named person's own verb is someone else.
  const only = people.length === 1 ? people[0]! : undefined;
  if (only && only !== c.key && new RegExp(`\\b${escapeRegExp(only)}\\s+\\p{Ll}+\\s+(?:him\\b|her(?=[,.]|\\s+(?:\\d|in|at|on|near|after|before|later|again)\\b))`, 'u').test(outsideQuotes(c.stem))) {
    return `"${pronoun[0]}" points at someone the stem never names`;
  }
  return undefined;
}
/**
 * Does the article's sentence this stem opens like begin with a noun phrase ("Contemporary timetables show"), not a
 * name and its verb ("Wierzbicki thanked")? Read from the tagger's second word; a stem of no sentence of the article
 * keeps its name.
 */
function opensOnNounPhrase(facts: Facts, stem: string): boolean {
  const opening = stem.split(/\s+/).slice(0, 2).join(' ');
  const sentence = facts.sentences.find((s) => s.text.startsWith(opening));
  return sentence?.tokens[1]?.pos === 'NOUN';
}
const GENDERED_PRONOUN = /\b(?:he|him|his|she|her)\b/i;
// A vessel the stem names ("the trawler Harvest Dawn ... she sank"): "she" may be the ship.
const SHIP = /\b(?:ship|vessel|boat|yacht|liner|ferry|trawler|tanker|freighter|schooner|steamer|lifeboat|HMS|RMS|MV|SS|rudder|hull|mast|sank|sailed|aground|wrecked|moored|berth)\b/;
// Per article: each person's name once (names holds every mention).
const people = new WeakMap<Facts['names'], string[]>();
const peopleOf = (facts: Facts) => remember(people, facts.names, () => [...new Set(facts.names.filter((n) => n.type === 'person').map((n) => n.text))]);
const NAME_KINDS = new Set(['person', 'quote', 'appositive', 'organisation', 'place']);
// "the defendant", "the manager": an unnamed person the pronoun may mean, named by role.
const ROLE_NOUN = /\b(?:man|woman|boy|girl|defendant|driver|manager|coach|player|suspect|victim|officer|minister|president|leader|owner|farmer|father|mother|son|daughter|husband|wife|patient|pilot|captain|worker|student|teacher|doctor|director|executive|chairman|chairwoman|official|employee|accountant|lawyer|nurse|artist|painter|author|singer|master|skipper|investigator|engineer|surgeon)\b/i;

/** The first reason this candidate should not be served (a hard one before a soft one); undefined when none. */
export function reviewCandidate(c: Candidate, facts: Pick<Facts, 'title'> & Partial<Facts>, title = facts.title): string | undefined {
  return listProblems(c, facts, title)[0];
}

const initials = (name: string) =>
  name
    .split(/[\s-]+/)
    .filter((w) => STARTS_UPPER.test(w))
    .map((w) => w[0])
    .join('');

/** A distractor that is the acronym of a name in the stem ("EFF" beside "The Electronic Frontier Foundation said"). */
export function explainAliasOfStem(c: Pick<Candidate, 'stem' | 'distractors'>): string | undefined {
  // The stem's names are read only when some distractor is an acronym (most candidates have none).
  let names: string[] | undefined;
  for (const d of c.distractors.slice(0, 3)) {
    if (!/^[A-Z]{2,8}$/.test(d)) continue;
    names ??= c.stem.match(/(?:\p{Lu}[\p{L}-]+\s+){1,5}\p{Lu}[\p{L}-]+/gu) ?? [];
    if (names.some((n) => initials(n) === d || initials(n.replace(/^The\s+/, '')) === d)) return `"${d}" names a body the stem names`;
  }
  return undefined;
}
