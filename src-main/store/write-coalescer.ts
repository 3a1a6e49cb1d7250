// Coalesces bursts of durable-write requests: one write in flight, and everything asked meanwhile rides the next.

/**
 * `request()` resolves once a write that started *after* the request was made has finished. While a
 * write is in flight, all new requests share the single next write, so a burst of 1,000 changes costs
 * about two physical writes instead of 1,000.
 */
export class WriteCoalescer {
  private waiting: { resolve: () => void; reject: (error: unknown) => void }[] = [];
  private running = false;

  constructor(private readonly writeNow: () => Promise<void>) {}

  request(): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.waiting.push({ resolve, reject });
      if (!this.running) void this.drain();
    });
  }

  /** Resolves when nothing is queued or being written. */
  async idle(): Promise<void> {
    while (this.running || this.waiting.length) await new Promise((r) => setTimeout(r, 1));
  }

  private async drain(): Promise<void> {
    this.running = true;
    try {
      while (this.waiting.length) {
        const batch = this.waiting;
        this.waiting = [];
        try {
          await this.writeNow();
          for (const w of batch) w.resolve();
        } catch (error) {
          for (const w of batch) w.reject(error);
        }
      }
    } finally {
      this.running = false;
    }
  }
}
