// Money as the user reads it: small model costs keep their digits.
import { describe, expect, it } from 'vitest';
import { formatUsd } from '../../../src-main/shared/money';

describe('formatUsd', () => {
  it('keeps enough digits for small amounts', () => {
    expect(formatUsd(0)).toBe('$0.00');
    expect(formatUsd(0.001)).toBe('$0.001');
    expect(formatUsd(0.00225)).toBe('$0.00225');
    expect(formatUsd(0.5)).toBe('$0.50');
    expect(formatUsd(0.0123)).toBe('$0.0123');
    expect(formatUsd(12.345)).toBe('$12.35');
  });
});
