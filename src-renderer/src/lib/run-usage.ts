// Model usage of a pipeline run (tokens and estimated cost per stage), summed and worded for the run timeline.

/** Tokens and estimated cost of one stage (or a whole run), as `agent:runs` reports them. */
export interface StageUsage {
  promptTokens: number;
  completionTokens: number;
  costUsd: number;
}

export type RunUsage = Record<string, StageUsage>;

const ZERO: StageUsage = { promptTokens: 0, completionTokens: 0, costUsd: 0 };
/** Storyboard branches may report as `storyboard:<sceneKey>`; they count toward the storyboard stage. */
const BRANCH_PREFIX = 'storyboard:';
const STORYBOARD = 'storyboard_artist';

const finite = (n: unknown): number => (typeof n === 'number' && Number.isFinite(n) && n > 0 ? n : 0);

function add(a: StageUsage, b: StageUsage | undefined): StageUsage {
  if (!b) return a;
  return {
    promptTokens: a.promptTokens + finite(b.promptTokens),
    completionTokens: a.completionTokens + finite(b.completionTokens),
    costUsd: a.costUsd + finite(b.costUsd),
  };
}

/** Whether there is anything to show (offline runs report nothing: no tokens, no cost). */
export function hasUsage(usage: StageUsage): boolean {
  return usage.promptTokens + usage.completionTokens > 0 || usage.costUsd > 0;
}

/** A stage's usage; the storyboard also sums its per-scene branches. */
export function stageUsage(usage: RunUsage, stage: string): StageUsage {
  let total = add(ZERO, usage[stage]);
  if (stage === STORYBOARD) {
    for (const [key, value] of Object.entries(usage))
      if (key.startsWith(BRANCH_PREFIX)) total = add(total, value);
  }
  return total;
}

/** The whole run's usage; the cost is main's own run total when it reports one larger than the stages' sum. */
export function runUsage(usage: RunUsage, runCostUsd = 0): StageUsage {
  const total = Object.values(usage).reduce<StageUsage>((sum, value) => add(sum, value), ZERO);
  return { ...total, costUsd: Math.max(total.costUsd, finite(runCostUsd)) };
}

/** "1,234" tokens, grouped for reading. */
export function formatTokens(count: number): string {
  return Math.round(count).toLocaleString('en-US');
}

/** "$0.0042" below a cent (small model calls), "$1.25" above. */
export function formatUsd(amount: number): string {
  if (amount === 0) return '$0.00';
  if (amount < 0.01) return `$${amount.toFixed(4)}`;
  return `$${amount.toFixed(2)}`;
}

/** "1,234 tokens · ~$0.0042" — what the timeline prints for a stage or a run; empty when there is nothing. */
export function describeUsage(usage: StageUsage): string {
  if (!hasUsage(usage)) return '';
  const tokens = usage.promptTokens + usage.completionTokens;
  const parts = [`${formatTokens(tokens)} tokens`];
  if (usage.costUsd > 0) parts.push(`~${formatUsd(usage.costUsd)}`);
  return parts.join(' · ');
}

/** The longer wording for a tooltip and an accessible name: prompt and completion tokens, and the estimate. */
export function describeUsageLong(usage: StageUsage): string {
  if (!hasUsage(usage)) return 'No model usage';
  const cost = usage.costUsd > 0 ? `, estimated cost ${formatUsd(usage.costUsd)}` : ', no cost reported';
  return `${formatTokens(usage.promptTokens)} prompt + ${formatTokens(usage.completionTokens)} completion tokens${cost}`;
}
