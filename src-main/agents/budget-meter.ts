// The spending cap of one run or chat turn: reserves each model call's estimate first, so parallel calls cannot overshoot.
import type { BudgetGate, BudgetHold } from '../brains/brain';
import { formatUsd } from '../shared/money';

/** The cap that applies: the lower of the project's and the app's budgets per run (either may be unset). */
export function effectiveCap(projectUsd?: number, appUsd?: number): number | undefined {
  const caps = [projectUsd, appUsd].filter((v): v is number => v !== undefined);
  return caps.length ? Math.min(...caps) : undefined;
}

export interface BudgetMeterOptions {
  /** US dollars; undefined means no cap (calls are still counted). */
  capUsd?: number;
  /** What the run already spent (a resumed run continues its count). */
  spentUsd?: number;
  /** The user chose "Continue anyway": count, but never refuse. */
  waived?: boolean;
}

/**
 * Counts what model calls cost against a cap. Every call reserves its estimate before it goes out and
 * settles to its real cost afterwards; a call whose estimate would take spent + reserved past the cap is
 * refused. JavaScript runs the reservations one at a time, so branches running in parallel each see what
 * the others have reserved — the total cannot pass the cap by more than one call's estimation error.
 */
export class BudgetMeter implements BudgetGate {
  readonly capUsd: number | undefined;
  private spent: number;
  private reserved = 0;
  private readonly waived: boolean;
  /** How many calls were refused (a pipeline stage turns a refusal into a pause). */
  refusals = 0;
  /** Model calls that went out (chat turns report them with their cost). */
  calls = 0;

  constructor(options: BudgetMeterOptions = {}) {
    this.capUsd = options.capUsd;
    this.spent = options.spentUsd ?? 0;
    this.waived = options.waived ?? false;
  }

  get spentUsd(): number {
    return this.spent;
  }

  /** Whether a call of this estimate may go out now. */
  affords(estimateUsd: number): boolean {
    if (this.capUsd === undefined || this.waived) return true;
    return this.spent + this.reserved + estimateUsd <= this.capUsd + 1e-12;
  }

  reserve(estimateUsd: number): BudgetHold | null {
    if (!this.affords(estimateUsd)) {
      this.refusals += 1;
      return null;
    }
    this.reserved += estimateUsd;
    this.calls += 1;
    let settled = false;
    return {
      settle: (actualUsd: number) => {
        if (settled) return;
        settled = true;
        this.reserved -= estimateUsd;
        this.spent += Math.max(0, actualUsd);
      },
    };
  }

  /** Whether the cap is used up (nothing more can be spent without passing it). */
  get exhausted(): boolean {
    return this.capUsd !== undefined && !this.waived && this.spent >= this.capUsd;
  }

  /** The sentence a pause or a refusal shows, with amounts in enough digits to be told apart. */
  describe(): string {
    const cap = this.capUsd === undefined ? 'no budget' : `its budget of ${formatUsd(this.capUsd)}`;
    return `The run reached ${cap} (spent ${formatUsd(this.spent)}; the next model call would pass it).`;
  }
}
