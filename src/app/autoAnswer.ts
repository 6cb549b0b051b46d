// Auto-answer's timer: an incoming call that the setting (and the PBX's ask) says to answer is
// answered by the phone itself after its delay, with a short beep first. Only the only call: a
// call that comes while another is live rings as usual, and a second call, an answer or decline
// by hand, or the call ending cancels the timer; do not disturb wins (Phone refuses the call
// before it gets here, and turning it on cancels a timer under way).
import { type AutoAnswerSettings, autoAnswerDelayMs } from '../phone/autoAnswer';
import type { Tone } from '../phone/media/tones';
import type { Phone, PhoneEvent } from '../phone/phone';
import type { AutoAnswerPending } from '../store/autoAnswerStore';

/** The beep's 150 ms start delay (tones.ts) and its 150 ms, then a breath: the call opens after it. */
export const BEEP_MS = 350;

export interface Clock {
  now(): number;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(timer: unknown): void;
}

// Looked up at each call, so tests' fake timers stand in for them.
const realClock: Clock = {
  now: () => Date.now(),
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>),
};

export interface AutoAnswerEdges {
  settings(): AutoAnswerSettings;
  doNotDisturb(): boolean;
  beep: Tone;
  /** The call about to be answered, for its card; undefined when none is. */
  show(pending: AutoAnswerPending | undefined): void;
  clock?: Clock;
}

export interface AutoAnswer {
  /** The ringtone as connectPhone drives it, quiet while the beep plays. */
  ringtone: Tone;
  /** Stops a countdown under way, if any (do not disturb was turned on); the call rings on. */
  cancel(): void;
  stop(): void;
}

interface Plan {
  callId: string;
  timer: unknown;
  beeping: boolean;
}

type AnswerPhone = Pick<Phone, 'events' | 'liveCalls' | 'answer'>;

export function connectAutoAnswer(
  phone: AnswerPhone,
  ring: Tone,
  { settings, doNotDisturb, beep, show, clock = realClock }: AutoAnswerEdges,
): AutoAnswer {
  let plan: Plan | undefined;
  let ringWanted = false;
  const applyRing = () => ring.set(ringWanted && plan?.beeping !== true);

  /** It is still the one call, still ringing, and do not disturb is still off. */
  const stillAlone = (callId: string) => {
    const live = phone.liveCalls();
    return (
      !doNotDisturb() &&
      live.length === 1 &&
      live[0]?.facts.callId === callId &&
      live[0].status === 'incoming'
    );
  };

  const cancel = () => {
    if (!plan) return;
    clock.clearTimeout(plan.timer);
    const { beeping } = plan;
    plan = undefined;
    show(undefined);
    if (beeping) {
      beep.set(false);
      applyRing();
    }
  };

  const answer = (callId: string) => {
    if (!plan || !stillAlone(callId)) return cancel();
    plan = undefined;
    beep.set(false);
    show(undefined);
    // Phone's 'answering' stops the ring through connectPhone; the gate opens after it.
    phone.answer(callId);
    applyRing();
  };

  const beepThenAnswer = (callId: string) => {
    if (!plan || !stillAlone(callId)) return cancel();
    plan.beeping = true;
    applyRing();
    beep.set(true);
    plan.timer = clock.setTimeout(() => answer(callId), BEEP_MS);
  };

  const consider = (event: PhoneEvent) => {
    if (event.type !== 'call') return;
    const { call } = event;
    const callId = call.facts.callId;
    if (plan) {
      // Answered or declined by hand, ended, or another call came or was placed: the user decides.
      if (callId !== plan.callId || call.status !== 'incoming') cancel();
      return;
    }
    // A new call rings (its Integra event is emitted once, as it starts).
    if (call.status !== 'incoming' || event.event === null || !stillAlone(callId)) return;
    const delay = autoAnswerDelayMs(settings(), call.facts.pbxAnswerAfterMs);
    if (delay === undefined) return;
    plan = {
      callId,
      beeping: false,
      timer: clock.setTimeout(() => beepThenAnswer(callId), delay),
    };
    show({ callId, at: clock.now() + delay + BEEP_MS });
  };

  const unsubscribe = phone.events.on(consider);
  return {
    ringtone: {
      set(on) {
        ringWanted = on;
        applyRing();
      },
    },
    cancel,
    stop() {
      unsubscribe();
      cancel();
    },
  };
}
