/** query → F0 → F1 … → Fn, each fragment spreading the next one `spreads` times (the 1.4 KB freeze). */
export function fanOut(levels: number, spreads = 2): string {
  const lines = ['query { stats { ...F0 } }'];
  for (let i = 0; i < levels; i++) {
    lines.push(`fragment F${i} on Stats { ${`...F${i + 1} `.repeat(spreads)}}`);
  }
  lines.push(`fragment F${levels} on Stats { lastIngestedAt }`);
  return lines.join('\n');
}

/**
 * Measures how long this process's event loop was blocked: the API under test runs in the test
 * process, so a request that blocks it shows here. A timer ticks every `intervalMs`; a tick that
 * comes late was delayed either by work in this process or by the OS running other processes
 * (this machine's 2 cores are shared). `maxBlockedMs` counts only the part of each delay this
 * process spent on the CPU (process.cpuUsage), which is what a blocking request costs;
 * `maxDelayMs` is the raw delay, reported beside it.
 */
export class LagMonitor {
  private timer: NodeJS.Timeout | null = null;
  private last = 0;
  private lastCpu = process.cpuUsage();
  private maxDelay = 0;
  private maxBlocked = 0;

  constructor(private readonly intervalMs = 10) {}

  start(): void {
    this.maxDelay = 0;
    this.maxBlocked = 0;
    this.last = performance.now();
    this.lastCpu = process.cpuUsage();
    const tick = () => {
      const now = performance.now();
      const cpu = process.cpuUsage(this.lastCpu);
      const delay = now - this.last - this.intervalMs;
      const onCpu = (cpu.user + cpu.system) / 1000;
      this.maxDelay = Math.max(this.maxDelay, delay);
      this.maxBlocked = Math.max(this.maxBlocked, Math.min(delay, onCpu));
      this.last = now;
      this.lastCpu = process.cpuUsage();
      this.timer = setTimeout(tick, this.intervalMs);
    };
    this.timer = setTimeout(tick, this.intervalMs);
  }

  /** Stops measuring; returns the longest blocked time seen, in ms. */
  stop(): number {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    return this.maxBlockedMs;
  }

  /** Longest time the loop was held by this process's own work, in ms. */
  get maxBlockedMs(): number {
    return Math.round(this.maxBlocked);
  }

  /** Longest raw delay of a tick (work here plus time the OS gave to other processes), in ms. */
  get maxDelayMs(): number {
    return Math.round(this.maxDelay);
  }
}
