// While the phone is on the second URL, looks every RETURN_CHECK_MS whether the first one answers
// again, on a throwaway socket, and says so only at a quiet moment: never during a live call.
import { Deadline, type Schedule } from './connectionDeadline';
import { RETURN_CHECK_MS } from './registrationTiming';

export class ConnectionReturn {
  private readonly check: Deadline;
  private seq = 0;

  constructor(
    /** Whether a PBX answers at the URL; must settle by itself. */
    private readonly reachable: (url: string) => Promise<boolean>,
    private readonly hasLiveCalls: () => boolean,
    schedule: Schedule,
    now: () => number,
  ) {
    this.check = new Deadline(schedule, now);
  }

  /** Starts watching `url`; `back` is called once, when it answers and no call is live. */
  watch(url: string, back: () => void): void {
    const seq = ++this.seq;
    this.check.set(RETURN_CHECK_MS, () => {
      // No look at all during a call: the switch would have to wait anyway.
      if (this.hasLiveCalls()) {
        this.watch(url, back);
        return;
      }
      const answered = (ok: boolean) => {
        if (seq !== this.seq) return;
        if (ok && !this.hasLiveCalls()) back();
        else this.watch(url, back);
      };
      let answer: Promise<boolean>;
      try {
        answer = this.reachable(url);
      } catch {
        answer = Promise.resolve(false);
      }
      answer.then(answered, () => answered(false));
    });
  }

  catchUp(): void {
    this.check.catchUp();
  }

  cancel(): void {
    this.seq += 1;
    this.check.clear();
  }
}
