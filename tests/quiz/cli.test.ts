import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Quiz } from '@/lib/quiz/schema';

const run = (...args: string[]) => spawnSync('npx', ['tsx', 'scripts/quiz.ts', ...args], { encoding: 'utf8', timeout: 60_000 });
const dir = mkdtempSync(join(tmpdir(), 'quiz-cli-'));
const empty = join(dir, 'empty.txt');
writeFileSync(empty, '');
const thin = join(dir, 'thin.txt');
writeFileSync(thin, 'MINUSMA was launched in 2013 after rebels took over northern Mali.');

describe('npm run quiz', () => {
  it.each([
    ['a missing file', [join(dir, 'nope.txt')], 1, /no such file/],
    ['a directory', [dir], 1, /directory/],
    ['an empty file', [empty], 1, /empty/],
    ['too few facts', [thin], 1, /too few facts/i],
    ['no file', [], 2, /usage/],
    ['a bad --count', ['content/mali-minusma-withdrawal.md', '--count', 'ten'], 2, /--count must be a whole number/],
    ['a zero --count', ['content/mali-minusma-withdrawal.md', '--count', '0'], 2, /count/],
    ['an unknown option', ['content/mali-minusma-withdrawal.md', '--fast'], 2, /unknown option/],
  ])('fails on %s with one clear line and no stack', (_name, args, code, message) => {
    const r = run(...args);
    expect(r.status).toBe(code);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/^\s+at /m);
    expect(r.stdout).toBe('');
  });

  it('prints the seed quiz as valid JSON', () => {
    const r = run('content/mali-minusma-withdrawal.md', '--count', '9', '--seed', 'cli');
    expect(r.status).toBe(0);
    const quiz = Quiz.parse(JSON.parse(r.stdout));
    expect(quiz.questions).toHaveLength(9);
    expect(quiz.title).toBe('Mali asks UN peacekeepers to leave immediately');
  });

  it('adds the rejected candidates with --explain', () => {
    const r = run('content/mali-minusma-withdrawal.md', '--explain');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.rejected.length).toBeGreaterThan(0);
    expect(out.rejected[0]).toEqual(expect.objectContaining({ kind: expect.any(String), stem: expect.any(String), reason: expect.any(String) }));
  });
});
