/** Waits so that two requests to the same host start at least `gapMs` apart; other hosts do not wait. */
export class HostThrottle {
  private readonly next = new Map<string, number>();

  constructor(
    private readonly gapMs: number,
    private readonly clock: { now(): number; sleep(ms: number): Promise<void> } = {
      now: () => Date.now(),
      sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    },
  ) {}

  async wait(host: string): Promise<void> {
    const now = this.clock.now();
    const start = Math.max(now, this.next.get(host) ?? now);
    // Booked before sleeping, so concurrent callers for one host queue up behind each other.
    this.next.set(host, start + this.gapMs);
    if (start > now) await this.clock.sleep(start - now);
  }
}
