// Types of the performance suite (`storyloom bench`): each figure with its target and, where one exists, its reference.

export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  /** The target in words, e.g. "<= 1.5x raw" or "< 2000 ms"; absent for reference figures. */
  target?: string;
  pass?: boolean;
  /** The reference figure measured in the same run (e.g. raw write+fsync+rename). */
  reference?: number;
  ratio?: number;
}

export interface BenchSuite {
  name: string;
  description: string;
  run(progress: (message: string) => void): Promise<BenchResult[]>;
}

export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

export const round = (value: number, digits = 3): number => Number(value.toFixed(digits));
