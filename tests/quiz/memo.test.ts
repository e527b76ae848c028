import { describe, expect, it, vi } from 'vitest';
import { remember } from '@/lib/quiz/memo';

describe('remember', () => {
  it.each([
    ['a string', 'value'],
    ['false', false],
    ['zero', 0],
    ['undefined', undefined],
  ])('computes %s once per key and serves it from the cache after', (_name, value) => {
    const cache = new Map<string, unknown>();
    const compute = vi.fn(() => value);
    expect(remember(cache, 'k', compute)).toBe(value);
    expect(remember(cache, 'k', compute)).toBe(value);
    expect(compute).toHaveBeenCalledTimes(1);
  });

  it('keeps keys apart and works over a WeakMap', () => {
    const cache = new WeakMap<object, number>();
    const [a, b] = [{}, {}];
    expect(remember(cache, a, () => 1)).toBe(1);
    expect(remember(cache, b, () => 2)).toBe(2);
    expect(remember(cache, a, () => 3)).toBe(1);
  });
});
