import { describe, expect, it } from 'vitest';
import { createRandom, hashString, shuffle } from '@/lib/quiz/random';

describe('random', () => {
  it('hashes strings deterministically and spreads near seeds apart', () => {
    expect(hashString('factquiz')).toBe(hashString('factquiz'));
    expect(hashString('seed-1')).not.toBe(hashString('seed-2'));
  });

  it('repeats its sequence for one seed and stays in [0, 1)', () => {
    const a = createRandom(42);
    const b = createRandom(42);
    const xs = Array.from({ length: 100 }, () => a());
    expect(Array.from({ length: 100 }, () => b())).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('shuffles to a permutation without touching its input', () => {
    const items = ['a', 'b', 'c', 'd'];
    const out = shuffle(items, createRandom(7));
    expect([...out].sort()).toEqual(items);
    expect(items).toEqual(['a', 'b', 'c', 'd']);
  });

  it('puts the first item everywhere across seeds', () => {
    const positions = new Set(Array.from({ length: 40 }, (_, i) => shuffle(['key', 'x', 'y', 'z'], createRandom(i)).indexOf('key')));
    expect(positions.size).toBe(4);
  });
});
