// Cost estimates: exact and dated model ids, free local models, unknown models without a guess.
import { describe, expect, it } from 'vitest';
import { estimateCostUsd, findPricing } from '../../../../src-main/brains/openai/pricing';

describe('pricing', () => {
  it('finds a model by exact id and a dated id by its longest family prefix', () => {
    expect(findPricing('gpt-4o')).toEqual({ inputPerMTok: 2.5, outputPerMTok: 10 });
    expect(findPricing('gpt-4o-mini-2024-07-18')).toEqual(findPricing('gpt-4o-mini'));
    expect(findPricing('llama3.2')).toBeUndefined();
  });

  it('estimates cost per million tokens', () => {
    expect(estimateCostUsd('gpt-4o-mini', 1_000_000, 1_000_000)).toBeCloseTo(0.75, 10);
    expect(estimateCostUsd('anything', 1000, 1000, { inputPerMTok: 1, outputPerMTok: 2 })).toBeCloseTo(
      0.003,
      10,
    );
  });

  it('charges nothing for free local models and guesses nothing for unknown ones', () => {
    expect(estimateCostUsd('llama3.2', 5000, 5000, null)).toBe(0);
    expect(estimateCostUsd('mystery-model', 5000, 5000)).toBeUndefined();
  });
});
