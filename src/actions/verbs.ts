// Every verb of the phone, declared once as data: what it is called, its default keys, which call
// it acts on and what it does. Buttons, hotkeys, the help dialog, the shortcut settings and
// command links all dispatch these rows (dispatch.ts); a new verb is one row here.
import type { MessageKey } from '../i18n';
import type { CallSnapshot } from '../phone/phone';
import type { CallActionResult, DialResult } from '../phone/phoneResults';
import type { VerbEdges, VerbInputs, VerbResult, Words } from './verbTypes';
import type { CallPolicy } from './whichCall';

export type VerbId = keyof VerbInputs;

export interface Verb<K extends VerbId = VerbId> {
  id: K;
  /** What the verb is called in the shortcut settings and the help dialog. */
  label: MessageKey;
  /** Default keys (why these: the comment above VERBS); the verbs with keys are the shortcuts. */
  keys?: string;
  /** Which call it acts on when the input names none; absent: it acts on no call. */
  call?: CallPolicy;
  run(edges: VerbEdges, input: VerbInputs[K], call: VerbCall<K>): VerbResult | Promise<VerbResult>;
}

/** The call a verb with a policy acts on, picked by dispatch; none for the others. */
type VerbCall<K extends VerbId> = K extends CallVerbId ? CallSnapshot : undefined;
type CallVerbId = {
  [K in VerbId]: VerbInputs[K] extends { callId?: string } ? K : never;
}[VerbId];

const said = (key: MessageKey, params?: Record<string, string>): Words =>
  params === undefined ? { key } : { key, params };
const done = (): VerbResult => ({ ok: true });

/** A call action's answer in words (action.<error>). */
function acted(result: CallActionResult, input = ''): VerbResult {
  if (result.ok) return done();
  return { ok: false, said: said(`action.${result.error}`, { input: input.slice(0, 80) }) };
}

/** A dial's answer in words (notice.<error>), with the new call's Call-ID. */
function dialled(result: DialResult, input: string): VerbResult {
  if (result.ok) return { ok: true, callId: result.callId };
  return { ok: false, said: said(`notice.${result.error}`, { input: input.slice(0, 80) }) };
}

/** Dials the number found in free text, saying which other numbers the text held. */
async function dialText(edges: VerbEdges, text: string): Promise<VerbResult> {
  const found = await edges.findNumber(text);
  if (!found.ok) return found;
  const placed = dialled(edges.phone.dial(found.dialString), found.dialString);
  const others = found.others.join(', ').slice(0, 120);
  if (!placed.ok || others === '') return placed;
  return { ...placed, said: said('dialText.others', { number: found.found, others }) };
}

// Why these keys: Ctrl/⌘+letter is taken by browsers and text editing, Ctrl+Alt is AltGr on
// Windows, plain keys type into fields and F-keys sit behind Fn on Mac laptops. Alt+Shift+letter
// is free in Chrome and Firefox on Windows, Linux and macOS (Option+Shift types symbols there,
// which keyCombo.ts matches by key position), except Chrome's T B I A (reserved.ts), Firefox's
// menu letters F E V S B T H and ChromeOS's L S N M.
export const VERBS = {
  dialSelection: {
    id: 'dialSelection',
    label: 'shortcut.dialSelection',
    keys: 'Alt+Shift+D', // D: dial
    async run(edges) {
      // The clipboard is read only here, inside the user's key press, so the browser can ask.
      const text = await edges.selectionOrClipboard();
      if (!text.ok) return { ok: false, said: said(`hotkeys.${text.error}`) };
      return dialText(edges, text.text);
    },
  },
  answer: {
    id: 'answer',
    label: 'shortcut.answer',
    keys: 'Alt+Shift+P', // P: pick up (A is Chrome's)
    call: 'ringing',
    run({ phone }, _input, call) {
      phone.answer(call.facts.callId);
      return done();
    },
  },
  hangUp: {
    id: 'hangUp',
    label: 'shortcut.hangUp',
    keys: 'Alt+Shift+X', // X: close the call (E is a Firefox menu)
    call: 'any',
    run({ phone }, _input, call) {
      // A call still ringing here is declined: the caller hears it refused, not dropped.
      if (call.status === 'incoming') phone.decline(call.facts.callId);
      else phone.hangup(call.facts.callId);
      return done();
    },
  },
  hold: {
    id: 'hold',
    label: 'shortcut.hold',
    keys: 'Alt+Shift+O', // O: on hold (H is Firefox's Help menu)
    call: 'talking-or-held',
    run({ phone }, _input, call) {
      // The same key takes a held call back, holding any other.
      const id = call.facts.callId;
      return acted(call.held ? phone.switchTo(id) : phone.hold(id));
    },
  },
  mute: {
    id: 'mute',
    label: 'shortcut.mute',
    keys: 'Alt+Shift+U', // U: mUte (M is ChromeOS's Files app)
    call: 'talking',
    run: ({ phone }, _input, call) => acted(phone.toggleMute(call.facts.callId)),
  },
  focusDialBox: {
    id: 'focusDialBox',
    label: 'shortcut.focusDialBox',
    keys: 'Alt+Shift+C', // C: call box (N is ChromeOS's)
    run(edges) {
      edges.focusDialBox();
      return done();
    },
  },
  redial: {
    id: 'redial',
    label: 'shortcut.redial',
    keys: 'Alt+Shift+R', // R: redial
    run(edges) {
      // The last number dialled, as on a desk phone; calls received are called back from history.
      const last = edges.history().find((e) => e.direction === 'outgoing' && e.number !== '');
      if (!last) return { ok: false, said: said('verb.no-redial') };
      return dialled(edges.phone.dial(last.number), last.number);
    },
  },
  doNotDisturb: {
    id: 'doNotDisturb',
    label: 'shortcut.doNotDisturb',
    keys: 'Alt+Shift+Q', // Q: quiet (D is dial, N is ChromeOS's)
    run: (edges) => edges.toggleDoNotDisturb(),
  },
  merge: {
    id: 'merge',
    label: 'shortcut.merge',
    keys: 'Alt+Shift+G', // G: group the two calls (M is ChromeOS's)
    run: ({ phone }) => acted(phone.merge()),
  },
  showHelp: {
    id: 'showHelp',
    label: 'shortcut.showHelp',
    keys: 'Alt+Shift+K', // K: keys ('?' would type into fields)
    run(edges) {
      edges.showHelp();
      return done();
    },
  },
  dial: {
    id: 'dial',
    label: 'call',
    run(edges, { number, extendedId, domain, postDial }) {
      const options = {
        ...(extendedId === undefined ? {} : { extendedId }),
        ...(domain === undefined ? {} : { domain }),
      };
      const result = edges.phone.dial(number, options);
      if (result.ok && postDial) edges.whenAnswered(result.callId, postDial);
      return dialled(result, number);
    },
  },
  dialText: {
    id: 'dialText',
    label: 'shortcut.dialSelection',
    run: (edges, { text }) => dialText(edges, text),
  },
  decline: {
    id: 'decline',
    label: 'decline',
    call: 'ringing',
    run({ phone }, _input, call) {
      phone.decline(call.facts.callId);
      return done();
    },
  },
  resume: {
    id: 'resume',
    label: 'resume',
    call: 'talking-or-held',
    run: ({ phone }, _input, call) => acted(phone.switchTo(call.facts.callId)),
  },
  sendDtmf: {
    id: 'sendDtmf',
    label: 'keypad',
    call: 'talking',
    run: ({ phone }, { digits }, call) => acted(phone.sendDtmf(call.facts.callId, digits)),
  },
  transfer: {
    id: 'transfer',
    label: 'transfer',
    call: 'answered',
    run: ({ phone }, { target }, call) => acted(phone.transfer(call.facts.callId, target), target),
  },
  join: {
    id: 'join',
    label: 'transfer',
    call: 'answered',
    run: ({ phone }, { otherCallId }, call) =>
      acted(phone.attendedTransfer(call.facts.callId, otherCallId)),
  },
} as const satisfies { readonly [K in VerbId]: Verb<K> };

/** The verbs with keys: the keyboard shortcuts, in the order settings and help list them. */
export type ShortcutId = {
  [K in VerbId]: (typeof VERBS)[K] extends { keys: string } ? K : never;
}[VerbId];

/** In the order the settings and the help dialog list them. */
export const VERB_LIST: readonly Verb[] = Object.values(VERBS) as readonly Verb[];
