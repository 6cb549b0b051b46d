// A timer that remembers when it is due. Hidden tabs run timers up to a minute late and frozen
// pages not at all, so the page calls catchUp() when it becomes visible and runs what is overdue.

/** Runs `run` after `ms`; returns a function that cancels it. */
export type Schedule = (ms: number, run: () => void) => () => void;

export class Deadline {
  private cancel: (() => void) | undefined;
  private run: (() => void) | undefined;
  private at = Number.POSITIVE_INFINITY;

  constructor(
    private readonly schedule: Schedule,
    private readonly now: () => number,
  ) {}

  /** Replaces whatever was pending. */
  set(ms: number, run: () => void): void {
    this.clear();
    this.at = this.now() + ms;
    this.run = run;
    this.cancel = this.schedule(ms, () => this.fire());
  }

  pending(): boolean {
    return this.run !== undefined;
  }

  /** How long until it is due; infinite when nothing is pending. */
  dueIn(): number {
    return this.at - this.now();
  }

  clear(): void {
    this.cancel?.();
    this.cancel = undefined;
    this.run = undefined;
    this.at = Number.POSITIVE_INFINITY;
  }

  /** Runs it now if its time has passed by the clock, whatever the timer did. */
  catchUp(): void {
    if (this.run && this.now() >= this.at) this.fire();
  }

  private fire(): void {
    const run = this.run;
    this.clear();
    run?.();
  }
}
