/**
 * npm run quiz -- <file> [--count N] [--seed S] [--explain]
 * Prints the quiz as JSON on stdout. --explain adds a "rejected" field (candidates not served, with reasons).
 * Exit codes: 0 ok, 1 unusable input (missing, empty, too few facts), 2 usage error.
 */
import { readFileSync, statSync } from 'node:fs';
import { z } from 'zod';
import { generateQuiz } from '../lib/quiz/generate';

const USAGE = 'usage: npm run quiz -- <file> [--count N] [--seed S] [--explain]';

const Args = z.object({
  file: z.string().min(1, 'missing <file>'),
  count: z.coerce.number({ error: '--count must be a whole number' }).int('--count must be a whole number').min(1, '--count must be at least 1').max(50, '--count must be at most 50').optional(),
  seed: z.string().min(1, '--seed must not be empty').optional(),
  explain: z.boolean(),
});

function fail(message: string, code: number): never {
  process.stderr.write(`quiz: ${message}\n`);
  process.exit(code);
}

function parseArgs(argv: string[]): z.infer<typeof Args> {
  const raw: Record<string, unknown> = { explain: false };
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--explain') raw.explain = true;
    else if (a === '--count' || a === '--seed') {
      const value = argv[++i];
      if (value === undefined) fail(`${a} needs a value\n${USAGE}`, 2);
      raw[a.slice(2)] = value;
    } else if (a.startsWith('--')) fail(`unknown option ${a}\n${USAGE}`, 2);
    else files.push(a);
  }
  if (files.length !== 1) fail(`${files.length ? 'expected one file' : 'missing <file>'}\n${USAGE}`, 2);
  raw.file = files[0];
  const parsed = Args.safeParse(raw);
  if (!parsed.success) fail(`${parsed.error.issues.map((i) => i.message).join('; ')}\n${USAGE}`, 2);
  return parsed.data;
}

function readArticle(file: string): string {
  let stats;
  try {
    stats = statSync(file);
  } catch {
    fail(`cannot read ${file}: no such file`, 1);
  }
  if (stats.isDirectory()) fail(`cannot read ${file}: it is a directory`, 1);
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    fail(`cannot read ${file}: ${error instanceof Error ? error.message : 'read error'}`, 1);
  }
}

const args = parseArgs(process.argv.slice(2));
const text = readArticle(args.file);
if (!text.trim()) fail(`${args.file} is empty`, 1);
const result = generateQuiz(text, { count: args.count, seed: args.seed });
if (result.status !== 'ok') {
  if (args.explain) process.stdout.write(JSON.stringify({ rejected: result.rejected }, null, 2) + '\n');
  fail(result.message, 1);
}
const output = args.explain ? { ...result.quiz, rejected: result.rejected } : result.quiz;
process.stdout.write(JSON.stringify(output, null, 2) + '\n');
