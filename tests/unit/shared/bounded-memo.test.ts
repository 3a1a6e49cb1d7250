// The bounded memo: one computation per key, and a fresh start once the bound is reached.
import { describe, expect, it } from 'vitest';
import { boundedMemo } from '../../../src-main/shared/bounded-memo';

describe('boundedMemo', () => {
  it('computes each key once, and again only after the memo filled up and started over', () => {
    const calls: string[] = [];
    const upper = boundedMemo((key) => {
      calls.push(key);
      return key.toUpperCase();
    }, 2);
    expect([upper('a'), upper('b'), upper('a'), upper('b')]).toEqual(['A', 'B', 'A', 'B']);
    expect(calls).toEqual(['a', 'b']);
    // A third key finds the memo full: it starts over, so 'a' is computed again.
    expect([upper('c'), upper('a')]).toEqual(['C', 'A']);
    expect(calls).toEqual(['a', 'b', 'c', 'a']);
  });

  it('remembers an undefined result too', () => {
    let calls = 0;
    const nothing = boundedMemo(() => {
      calls++;
      return undefined;
    });
    nothing('x');
    nothing('x');
    expect(calls).toBe(1);
  });
});
