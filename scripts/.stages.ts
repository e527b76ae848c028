import { readFileSync, readdirSync } from 'node:fs';
import { cleanText } from '../lib/quiz/text/1-clean';
import { annotateText } from '../lib/quiz/text/2-annotate';
import { extractFacts } from '../lib/quiz/facts/3-facts';
import { focusOnCentral } from '../lib/quiz/rank';
import { buildEntityQuestions } from '../lib/quiz/questions/entity';
import { buildDateQuestions } from '../lib/quiz/questions/date';
import { buildQuantityQuestions } from '../lib/quiz/questions/quantity';
import { buildQuoteQuestions } from '../lib/quiz/questions/quote';
import { buildAppositiveQuestions, buildNamingQuestions } from '../lib/quiz/questions/appositive';
import { buildStatementQuestions } from '../lib/quiz/questions/statement';
import { buildTermQuestions } from '../lib/quiz/questions/term';
import { generateQuiz } from '../lib/quiz/generate';
import { parseArticleFile } from '../lib/content/front-matter';
const bodies = readdirSync('content').filter((f) => f.endsWith('.md') && !f.startsWith('mali')).sort().map((f) => {
  const body = parseArticleFile(readFileSync('content/' + f, 'utf8')).body;
  return body.slice(0, cleanText(body).blocks.at(-1)?.end ?? 0);
});
let text = '';
for (let i = 0; text.split(/\s+/).length < 10000; i++) text += bodies[i % bodies.length]!.trim() + '\n';
const T: Record<string, number> = {};
const time = <X>(k: string, f: () => X): X => { const t = performance.now(); const x = f(); T[k] = (T[k] ?? 0) + performance.now() - t; return x; };
const N = 30;
for (let i = 0; i < N + 5; i++) {
  if (i === 5) for (const k of Object.keys(T)) T[k] = 0;
  const c = time('clean', () => cleanText(text));
  const a = time('annotate', () => annotateText(c, 400));
  const f = time('facts', () => extractFacts(a));
  const k = time('focus', () => focusOnCentral(f, 120));
  time('entity', () => buildEntityQuestions(k));
  time('date', () => buildDateQuestions(k));
  time('quantity', () => buildQuantityQuestions(k));
  time('quote', () => buildQuoteQuestions(k));
  time('appos', () => { buildAppositiveQuestions(k); buildNamingQuestions(k); });
  time('term', () => buildTermQuestions(k));
  time('statement', () => buildStatementQuestions(k));
  time('whole', () => generateQuiz(text));
}
for (const [k, v] of Object.entries(T)) console.log(k.padEnd(10), (v / N).toFixed(2));
