// Log lines of one kind a process writes a second at the most, where anyone can cause them
// (refused requests, refused subscribes): a flood of them must not flood the log. Metrics count
// every one; the next line written says how many were left out.

/** At most `perSecond` lines a second; each one written carries how many were left out before it. */
export class LinesPerSecond {
  private second = -1;
  private written = 0;
  private notLogged = 0;

  constructor(private readonly perSecond: number) {}

  /** The fields to add to a line that may be written now, or null when it may not. */
  admit(): { notLogged?: number } | null {
    const second = Math.floor(performance.now() / 1000);
    if (second !== this.second) {
      this.second = second;
      this.written = 0;
    }
    if (this.written >= this.perSecond) {
      this.notLogged += 1;
      return null;
    }
    this.written += 1;
    const notLogged = this.notLogged;
    this.notLogged = 0;
    return notLogged > 0 ? { notLogged } : {};
  }
}
