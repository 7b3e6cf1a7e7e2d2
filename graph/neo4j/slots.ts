/**
 * At most `size` tasks at a time; the others wait their turn in arrival
 * order. A task's wait is not part of it: a transaction bound starts when the
 * transaction does.
 */
export class Slots {
  private free: number;
  private readonly waiting: (() => void)[] = [];

  constructor(size: number) {
    if (!(size >= 1)) throw new Error(`slots must be at least 1, got ${size}`);
    this.free = size;
  }

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.free > 0) this.free -= 1;
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    try {
      return await task();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.free += 1;
    }
  }
}
