// A fixed-window counter per key, in the process's memory: at most `max` events per window. Used where an
// unauthenticated caller could otherwise make the portal write without limit (refused grants' audit rows).
export class WindowLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    readonly max: number,
    readonly windowMs: number,
  ) {}

  /** True while `key` has had fewer than `max` events in the current window; counts this one. */
  allow(key: string, now = Date.now()): boolean {
    const w = this.windows.get(key);
    if (!w || now - w.start >= this.windowMs) {
      if (this.windows.size >= 10_000) this.windows.clear(); // bounded memory, whatever the keys
      this.windows.set(key, { start: now, count: 1 });
      return true;
    }
    w.count += 1;
    return w.count <= this.max;
  }
}
