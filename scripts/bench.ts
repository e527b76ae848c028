// Times quiz generation against a bare wink-nlp pass, warm, in one process: `npm run bench [-- --time MS --check]`
// (--time: milliseconds per task in all, default 5000; --check: exit 1 when the budget is exceeded).
// Budget (from the issue): at most 20 ms per 1,000 words, and generation at most 3x the bare annotation of the same text.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg, release, type } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Bench } from 'tinybench';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { z } from 'zod';
import { parseArticleFile } from '../lib/content/front-matter';
import { WEB_QUIZ_SEED } from '../lib/content/article-quiz';
import { generateQuiz } from '../lib/quiz/generate';
import { cleanText } from '../lib/quiz/text/1-clean';
import { WINK_PIPE } from '../lib/quiz/text/2-annotate';

const USAGE = 'usage: npm run bench [-- --time MS --check]';
const CONTENT_DIR = 'content';
const SEED_ARTICLE = 'mali-minusma-withdrawal.md';
const LONG_TEXT_WORDS = 10_000;
const BUDGET_MS_PER_1000_WORDS = 20;
const BUDGET_RATIO = 3;
const ROUNDS = 5;

const Args = z.object({
  time: z.coerce.number().int().min(500).max(60_000).default(5000),
  check: z.boolean().default(false),
});

function fail(message: string, code = 1): never {
  process.stderr.write(`bench: ${message}\n`);
  process.exit(code);
}

function readBody(file: string): string {
  return parseArticleFile(readFileSync(join(CONTENT_DIR, file), 'utf8')).body;
}

function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/**
 * Ends a body where the generator stops reading it (its "References" or author box): glued together uncut, the first
 * such tail would end the reading and the 10,000 words would time one article.
 */
function cutToProse(body: string): string {
  const end = cleanText(body).blocks.at(-1)?.end ?? 0;
  return body.slice(0, end);
}

/** The other articles' prose in file-name order, repeated as needed and cut at exactly `words` words: same text every run. */
function buildLongText(words: number): string {
  const bodies = readdirSync(CONTENT_DIR)
    .filter((f) => f.endsWith('.md') && f !== SEED_ARTICLE)
    .sort()
    .map((f) => cutToProse(readBody(f)))
    .filter((b) => b.trim().length > 0);
  if (bodies.length === 0) fail(`no articles besides ${SEED_ARTICLE} in ${CONTENT_DIR}/`);
  let text = '';
  for (let i = 0; countWords(text) < words; i += 1) text += `${bodies[i % bodies.length]!.trim()}\n`;
  const cut = [...text.matchAll(/\S+/g)][words - 1]!;
  return text.slice(0, cut.index + cut[0].length);
}

function median(samples: readonly number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

async function main() {
  let parsed;
  try {
    parsed = parseArgs({ options: { time: { type: 'string' }, check: { type: 'boolean' } } });
  } catch (error) {
    fail(`${(error as Error).message.split('.')[0]} (${USAGE})`, 2);
  }
  const args = Args.safeParse(parsed.values);
  if (!args.success) fail(`${args.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('; ')} (${USAGE})`, 2);
  if (!existsSync(join(CONTENT_DIR, SEED_ARTICLE))) fail(`run from the project root: ${CONTENT_DIR}/${SEED_ARTICLE} not found`);

  const seedText = readBody(SEED_ARTICLE);
  const longText = buildLongText(LONG_TEXT_WORDS);
  // Loaded before timing: the budget is for a warm server, not the ~140 ms model load.
  const nlp = winkNLP(model);
  // The generator runs only the annotations it reads (WINK_PIPE): timed too, for information; the budget is against
  // the default pass above.
  const pipeNlp = winkNLP(model, [...WINK_PIPE]);
  const generate = (text: string) => generateQuiz(text, { seed: WEB_QUIZ_SEED });
  // A fast "insufficient" would time an early exit, not generation: say what each text produced.
  const describeResult = (text: string) => {
    const result = generate(text);
    const read = cleanText(text).blocks.reduce((n, b) => n + countWords(b.text), 0);
    const outcome = result.status === 'ok' ? `ok, ${result.quiz.questions.length} questions` : `insufficient: ${result.message}`;
    return `${outcome}; ${read} words read as prose`;
  };

  const tasks = [
    { name: 'generateQuiz, seed article', words: countWords(seedText), fn: () => generate(seedText), outcome: describeResult(seedText) },
    {
      name: `generateQuiz, ${LONG_TEXT_WORDS.toLocaleString('en')} words`,
      words: LONG_TEXT_WORDS,
      fn: () => generate(longText),
      outcome: describeResult(longText),
    },
    {
      name: `wink-nlp readDoc, ${LONG_TEXT_WORDS.toLocaleString('en')} words`,
      words: LONG_TEXT_WORDS,
      fn: () => {
        const doc = nlp.readDoc(longText);
        doc.sentences().out();
        doc.tokens().out();
      },
      outcome: `${nlp.readDoc(longText).sentences().length()} sentences, ${nlp.readDoc(longText).tokens().length()} tokens`,
    },
    {
      name: `wink-nlp readDoc, ${LONG_TEXT_WORDS.toLocaleString('en')} words, generator's pipe (${WINK_PIPE.join(', ')})`,
      words: LONG_TEXT_WORDS,
      fn: () => {
        const doc = pipeNlp.readDoc(longText);
        doc.sentences().out();
        doc.tokens().out();
      },
      outcome: `${pipeNlp.readDoc(longText).tokens().length()} tokens (for information, not budgeted)`,
    },
  ];
  // Several short rounds, each timing all the tasks, so that a burst of load on a shared machine falls on every task
  // alike instead of skewing the ratio; the medians are taken over the samples of all rounds.
  const loadBefore = loadavg()[0]!;
  const samples: number[][] = tasks.map(() => []);
  const roundRatios: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    // Warm-up: at least a second and ten calls per task. With 200 ms and three calls the first round still timed the
    // JIT compiling the generator (its ratio came out 10-40% above the later rounds'); wink's smaller code warms sooner.
    const bench = new Bench({ time: args.data.time / ROUNDS, iterations: 3, warmupTime: 1000, warmupIterations: 10 });
    for (const task of tasks) bench.add(task.name, task.fn);
    if (round === 0) await bench.warmup();
    await bench.run();
    bench.tasks.forEach((t, i) => {
      if (t.result?.error) fail(`${t.name} threw: ${(t.result.error as Error).message}`);
      samples[i]!.push(...t.result!.samples);
    });
    // The ratio of this round alone: their spread says how much the machine's other work moved the overall one.
    roundRatios.push(median(bench.tasks[1]!.result!.samples) / median(bench.tasks[2]!.result!.samples));
  }
  const medians = samples.map(median);
  const cpu = cpus();
  process.stdout.write(
    `machine: ${type()} ${release()}, ${cpu[0]?.model.trim() ?? 'unknown cpu'}, ${cpu.length} cores, node ${process.version}\n` +
      // A shared machine's other work shows in the medians; the load average says how much there was.
      `date: ${new Date().toISOString()}, load average (1 min) ${loadBefore.toFixed(2)} before, ${loadavg()[0]!.toFixed(2)} after\n\n`,
  );
  const rows = [['task', 'median ms', 'words', 'ms / 1,000 words', 'samples', 'result']];
  tasks.forEach((task, i) => {
    const perThousandWords = ((medians[i]! / task.words) * 1000).toFixed(2);
    rows.push([task.name, medians[i]!.toFixed(2), String(task.words), perThousandWords, String(samples[i]!.length), task.outcome]);
  });
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  process.stdout.write(`${rows.map((r) => r.map((cell, c) => (c === 0 || c === 5 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ').trimEnd()).join('\n')}\n\n`);

  const perThousand = tasks.slice(0, 2).map((task, i) => (medians[i]! / task.words) * 1000);
  const ratio = medians[1]! / medians[2]!;
  const speedHolds = perThousand.every((ms) => ms <= BUDGET_MS_PER_1000_WORDS);
  const ratioHolds = ratio <= BUDGET_RATIO;
  process.stdout.write(
    `generation / bare annotation (${LONG_TEXT_WORDS.toLocaleString('en')} words): ${ratio.toFixed(2)}x (budget ${BUDGET_RATIO}x): ${ratioHolds ? 'holds' : 'EXCEEDED'}` +
      ` (per round: ${roundRatios.map((r) => r.toFixed(2)).join(', ')})\n` +
      `generation / annotation with the generator's own pipe: ${(medians[1]! / medians[3]!).toFixed(2)}x (for information)\n` +
      `generation per 1,000 words: ${perThousand.map((ms) => ms.toFixed(2)).join(' ms (seed), ')} ms (10k) (budget ${BUDGET_MS_PER_1000_WORDS} ms): ${speedHolds ? 'holds' : 'EXCEEDED'}\n`,
  );
  if (args.data.check && !(speedHolds && ratioHolds)) process.exitCode = 1;
}

main().catch((error: unknown) => fail((error as Error).message));
