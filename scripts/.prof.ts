import { readFileSync, readdirSync } from 'node:fs';
import { generateQuiz } from '../lib/quiz/generate';
import { cleanText } from '../lib/quiz/text/1-clean';
import { parseArticleFile } from '../lib/content/front-matter';
const bodies = readdirSync('content').filter((f) => f.endsWith('.md') && !f.startsWith('mali')).sort().map((f) => {
  const body = parseArticleFile(readFileSync('content/' + f, 'utf8')).body;
  return body.slice(0, cleanText(body).blocks.at(-1)?.end ?? 0);
});
let text = '';
for (let i = 0; text.split(/\s+/).length < 10000; i++) text += bodies[i % bodies.length]!.trim() + '\n';
for (let i = 0; i < 5; i++) generateQuiz(text);
const t = performance.now();
for (let i = 0; i < 40; i++) generateQuiz(text);
console.log('ms', (performance.now() - t) / 40);
