/** The stand-in's own sliding-window counter (written apart from the bot's limiter: it is the referee). */
export interface Window {
  readonly limit: number;
  readonly ms: number;
}

export class WindowCounter {
  private readonly times: number[] = [];
  constructor(private readonly windows: readonly Window[]) {}

  /** Accepts a request at `now` if every window has room; else returns ms until it would. */
  admit(now: number): number {
    const longest = Math.max(...this.windows.map((w) => w.ms));
    while (this.times.length > 0 && this.times[0]! <= now - longest) this.times.shift();
    let wait = 0;
    for (const w of this.windows) {
      let inWindow = 0;
      for (let i = this.times.length - 1; i >= 0 && this.times[i]! > now - w.ms; i -= 1) inWindow += 1;
      if (inWindow >= w.limit) wait = Math.max(wait, this.times[this.times.length - w.limit]! + w.ms - now);
    }
    if (wait === 0) this.times.push(now);
    return wait;
  }
}
