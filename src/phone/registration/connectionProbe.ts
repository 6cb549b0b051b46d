// One keepalive probe at a time on the SIP socket, and its deadline: silence means a dead socket,
// which the browser may not notice for minutes after the network dropped.
import { Deadline, type Schedule } from './connectionDeadline';
import { PROBE_TIMEOUT_MS } from './registrationTiming';

export class ConnectionProbe {
  private readonly timeout: Deadline;
  private seq = 0;

  constructor(
    /** Sends the probe; true when the PBX answered anything at all. */
    private readonly probe: () => Promise<boolean>,
    schedule: Schedule,
    now: () => number,
  ) {
    this.timeout = new Deadline(schedule, now);
  }

  /** Probes unless a probe is out; `dead` is called once if it fails or goes unanswered. */
  send(dead: (reason: 'timeout' | 'unreachable') => void): void {
    if (this.timeout.pending()) return;
    const seq = ++this.seq;
    this.timeout.set(PROBE_TIMEOUT_MS, () => dead('timeout'));
    const settle = (answered: boolean) => {
      if (seq !== this.seq || !this.timeout.pending()) return;
      this.timeout.clear();
      if (!answered) dead('unreachable');
    };
    let answer: Promise<boolean>;
    try {
      answer = this.probe();
    } catch {
      answer = Promise.resolve(false);
    }
    answer.then(settle, () => settle(false));
  }

  catchUp(): void {
    this.timeout.catchUp();
  }

  /** Forgets the probe that is out: its answer, or its silence, no longer counts. */
  cancel(): void {
    this.seq += 1;
    this.timeout.clear();
  }
}
