// Generates a quiz for every article of a folder, checks the invariants and writes a report for human raters:
// `npm run eval -- [folder] [--out FILE] [--blind] [--count N] [--seed S]`. Exits 1 when any invariant fails.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { parseArticleFile } from '../lib/content/front-matter';
import { WEB_QUIZ_SEED } from '../lib/content/article-quiz';
import { generateQuiz } from '../lib/quiz/generate';
import { checkQuizInvariants, type InvariantFailure } from '../lib/quiz/invariants';
import type { GenerateResult, Question } from '../lib/quiz/schema';

const USAGE = 'usage: npm run eval -- [folder] [--out FILE] [--blind] [--count N] [--seed S]';

const Args = z.object({
  folder: z.string().min(1).default('content'),
  out: z.string().min(1).optional(),
  blind: z.boolean().default(false),
  count: z.coerce.number().int().min(1).max(50).optional(),
  seed: z.string().min(1).optional(),
});

interface ArticleRun {
  file: string;
  title: string;
  text: string;
  words: number;
  ms: number;
  result: GenerateResult | { status: 'crashed'; message: string; rejected: [] };
  failures: InvariantFailure[];
}

function fail(message: string, code = 1): never {
  process.stderr.write(`eval: ${message}\n`);
  process.exit(code);
}

function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** `.md` files carry front matter and the quiz is built from the body, as the app does; `.txt` files are used raw. */
function readArticle(path: string): { title: string; text: string; headline?: string } {
  const fileText = readFileSync(path, 'utf8');
  if (extname(path) === '.md') {
    const { meta, body } = parseArticleFile(fileText);
    return meta.success ? { title: meta.data.title, text: body, headline: meta.data.title } : { title: basename(path), text: body };
  }
  const title = /^Title:[ \t]*(.+)$/m.exec(fileText.slice(0, 2000))?.[1]?.trim();
  return { title: title ?? basename(path), text: fileText };
}

function countBy<T>(items: readonly T[], keyOf: (item: T) => string): [string, number][] {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(keyOf(item), (counts.get(keyOf(item)) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

const formatCounts = (counts: [string, number][], limit = Infinity) =>
  [...counts.slice(0, limit).map(([k, n]) => `${k} ${n}`), ...(counts.length > limit ? [`+${counts.length - limit} more`] : [])].join(', ') || '-';

/** Rejection reasons carry specifics ("duplicate fact: 2013", 'near "The screen was"'); the histogram groups by the general part. */
const reasonOf = (reason: string) =>
  reason
    .replace(/["“][^"”]*["”]?/g, '"…"')
    .split(/[:(]/)[0]!
    .trim();

function runArticle(path: string, options: { count?: number; seed: string }): ArticleRun {
  const { title, text, headline } = readArticle(path);
  const started = performance.now();
  let result: ArticleRun['result'];
  try {
    result = generateQuiz(text, { ...options, title: headline });
  } catch (error) {
    result = { status: 'crashed', message: (error as Error).message, rejected: [] };
  }
  const ms = performance.now() - started;
  const failures = result.status === 'ok' ? checkQuizInvariants(text, result.quiz) : [];
  return { file: basename(path), title, text, words: countWords(text), ms, result, failures };
}

function padTable(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((cell, i) => cell.padEnd(widths[i]!)).join('  ').trimEnd()).join('\n');
}

function printSummary(runs: ArticleRun[]) {
  const rows = [['article', 'words', 'ms', 'served', 'kinds', 'rejected by reason', 'invariant failures']];
  for (const run of runs) {
    const questions = run.result.status === 'ok' ? run.result.quiz.questions : [];
    const served = run.result.status === 'ok' ? String(questions.length) : run.result.status === 'crashed' ? 'CRASH' : `0 (insufficient)`;
    rows.push([
      run.file.replace(/\.(md|txt)$/, ''),
      String(run.words),
      run.ms.toFixed(0),
      served,
      formatCounts(countBy(questions, (q) => q.kind)),
      formatCounts(countBy(run.result.rejected, (r) => reasonOf(r.reason)), 4),
      formatCounts(countBy(run.failures, (f) => f.rule)),
    ]);
  }
  process.stdout.write(`${padTable(rows)}\n\n`);

  for (const run of runs) {
    if (run.result.status === 'insufficient') process.stdout.write(`${run.file}: insufficient (${run.result.found} found): ${run.result.message}\n`);
    if (run.result.status === 'crashed') process.stdout.write(`${run.file}: generateQuiz threw: ${run.result.message}\n`);
    for (const f of run.failures) process.stdout.write(`${run.file} ${f.questionId} [${f.rule}] ${f.detail}\n`);
  }

  const served = runs.flatMap((r) => (r.result.status === 'ok' ? r.result.quiz.questions : []));
  const failing = new Set(runs.flatMap((r) => r.failures.map((f) => `${r.file}/${f.questionId}`)));
  process.stdout.write(
    `\ntotal: ${runs.length} articles, ${served.length} questions served ` +
      `(${runs.filter((r) => r.result.status === 'insufficient').length} insufficient, ${runs.filter((r) => r.result.status === 'crashed').length} crashed), ` +
      `kinds ${formatCounts(countBy(served, (q) => q.kind))}; ` +
      `${runs.reduce((n, r) => n + r.result.rejected.length, 0)} candidates rejected; ` +
      `${runs.reduce((n, r) => n + r.failures.length, 0)} invariant failures in ${failing.size} questions\n`,
  );
}

const RATING_LINE = 'Rating (rubric lines 1-6): grounded ☐ · one key ☐ · clear stem ☐ · plausible distractors ☐ · faithful ☐ · correct form ☐';

function renderQuestion(run: ArticleRun, q: Question, label: string, blind: boolean): string[] {
  const letters = 'ABCD';
  const lines = [`### ${label}${blind ? '' : ` · ${q.kind}`}${q.difficulty ? ` · ${q.difficulty}` : ''}`, '', q.stem, ''];
  q.options.forEach((o, i) => lines.push(`- ${letters[i]}. ${o.text}${!blind && o.id === q.answerId ? ' **← key**' : ''}`));
  lines.push('', `> Evidence: ${q.evidence.text.replace(/\s*\n\s*/g, ' ⏎ ')}`, '');
  if (!blind) {
    const failures = run.failures.filter((f) => f.questionId === q.id);
    for (const f of failures) lines.push(`- ⚠ invariant **${f.rule}**: ${f.detail}`);
    if (failures.length > 0) lines.push('');
  }
  lines.push(RATING_LINE, '');
  return lines;
}

function renderReport(runs: ArticleRun[], options: { blind: boolean; seed: string; count?: number; folder: string }) {
  const report = [
    `# Factquiz evaluation${options.blind ? ' (blind)' : ''}`,
    '',
    `Folder \`${options.folder}\`, seed \`${options.seed}\`${options.count ? `, count ${options.count}` : ''}, ${new Date().toISOString()}.`,
    options.blind ? 'The key and the question kind are left out; they are in the key file beside this one.' : '',
    '',
  ];
  if (!options.blind) {
    report.push('| article | served | kinds | invariant failures |', '|---|---|---|---|');
    for (const run of runs) {
      const served = run.result.status === 'ok' ? String(run.result.quiz.questions.length) : run.result.status;
      const kinds = run.result.status === 'ok' ? formatCounts(countBy(run.result.quiz.questions, (q) => q.kind)) : '-';
      report.push(`| ${run.file} | ${served} | ${kinds} | ${formatCounts(countBy(run.failures, (f) => f.rule))} |`);
    }
    report.push('');
  }
  const key = [`# Key to ${options.folder} (blind report)`, '', '| question | key | kind | difficulty |', '|---|---|---|---|'];
  runs.forEach((run, a) => {
    report.push(`## ${a + 1}. ${run.title}`, '', `\`${run.file}\`, ${run.words} words.`, '');
    if (run.result.status !== 'ok') {
      report.push(`No quiz: ${run.result.message}`, '');
      return;
    }
    if (!options.blind) {
      report.push(`Rejected candidates by reason: ${formatCounts(countBy(run.result.rejected, (r) => reasonOf(r.reason)))}.`, '');
    }
    run.result.quiz.questions.forEach((q, i) => {
      const label = `${a + 1}.${i + 1}`;
      report.push(...renderQuestion(run, q, label, options.blind));
      const keyIndex = q.options.findIndex((o) => o.id === q.answerId);
      key.push(`| ${label} | ${'ABCD'[keyIndex]}. ${q.options[keyIndex]!.text.replace(/\|/g, '\\|')} | ${q.kind} | ${q.difficulty ?? '-'} |`);
    });
  });
  return { report: `${report.join('\n')}\n`, key: `${key.join('\n')}\n` };
}

function main() {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: { out: { type: 'string' }, blind: { type: 'boolean' }, count: { type: 'string' }, seed: { type: 'string' } },
    });
  } catch (error) {
    fail(`${(error as Error).message.split('.')[0]} (${USAGE})`, 2);
  }
  if (parsed.positionals.length > 1) fail(`one folder at most, got ${parsed.positionals.length} (${USAGE})`, 2);
  const args = Args.safeParse({ folder: parsed.positionals[0], ...parsed.values });
  if (!args.success) fail(`${args.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('; ')} (${USAGE})`, 2);
  const { folder, out, blind, count } = args.data;

  if (!existsSync(folder) || !statSync(folder).isDirectory()) fail(`no such folder: ${folder}`);
  const files = readdirSync(folder)
    // A folder's README describes the articles; it is not one of them.
    .filter((f) => /\.(md|txt)$/.test(f) && !/^readme\.md$/i.test(f))
    .sort();
  if (files.length === 0) fail(`no .md or .txt articles in ${folder}`);

  // The web app's options by default, so the report shows what readers are served.
  const seed = args.data.seed ?? WEB_QUIZ_SEED;
  const runs = files.map((f) => runArticle(join(folder, f), { seed, ...(count ? { count } : {}) }));
  printSummary(runs);

  const reportPath = out ?? join('reports', `eval-${new Date().toISOString().slice(0, 10)}${blind ? '-blind' : ''}.md`);
  const { report, key } = renderReport(runs, { blind, seed, count, folder });
  mkdirSync(dirname(reportPath), { recursive: true });
  writeFileSync(reportPath, report);
  process.stdout.write(`wrote ${reportPath}\n`);
  if (blind) {
    const keyPath = reportPath.replace(/(\.md)?$/, '.key.md');
    writeFileSync(keyPath, key);
    process.stdout.write(`wrote ${keyPath}\n`);
  }

  const broken = runs.some((r) => r.failures.length > 0 || r.result.status === 'crashed');
  process.exitCode = broken ? 1 : 0;
}

main();
