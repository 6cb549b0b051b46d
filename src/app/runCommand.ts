// Carries out a command link (docs/links.md) in the window that holds the phone, through the same
// PhoneActions as the buttons, and answers in words for the window that handed the link over.
import type { LinkReply } from '../browser/linkMessages';
import { configurationDraft } from '../commands/configurationDraft';
import { parseCommand } from '../commands/parseCommand';
import type { Command, CommandError } from '../commands/types';
import type { Translate } from '../i18n';
import { checkAccount } from '../phone/account';
import type { CallSnapshot } from '../phone/phone';
import { useDialPlanStore } from '../store/dialPlanStore';
import { usePhoneStore } from '../store/phoneStore';
import type { PhoneActions } from '../ui/PhoneActions';

export interface CommandEdges {
  actions: Pick<
    PhoneActions,
    'dial' | 'dialText' | 'hangup' | 'transfer' | 'attendedTransfer' | 'sendDtmf'
  >;
  t: Translate;
  /** The app is served over https: a configuration with a plain ws:// PBX would be blocked. */
  pageIsSecure: boolean;
}

type CommandOf<K extends Command['kind']> = Extract<Command, { kind: K }>;

export function commandErrorText(error: CommandError, t: Translate): string {
  const message =
    error.code === 'invalid-account'
      ? t('link.error.invalid-account', { part: t(`link.part.${error.part}`) })
      : t(`link.error.${error.code}`);
  return error.detail
    ? t('link.errorDetail', { message, detail: error.detail })
    : t('link.errorPlain', { message });
}

/** Parses a link as it arrived (still percent-encoded) and carries it out; never throws. */
export async function runLink(link: string, edges: CommandEdges): Promise<LinkReply> {
  const parsed = parseCommand(link);
  if (parsed.ok) return runCommand(parsed.command, edges);
  return refuse(edges.t('link.rejected', { reason: commandErrorText(parsed.error, edges.t) }));
}

export async function runCommand(command: Command, edges: CommandEdges): Promise<LinkReply> {
  switch (command.kind) {
    case 'call':
      return call({ ...command, number: await dialForm(command) }, edges);
    case 'hangup':
      return hangup(command, edges);
    case 'forward':
      return forward(command, edges);
    case 'configure':
      return configure(command, edges);
    case 'dial-text': {
      const ok = await edges.actions.dialText(command.text);
      return ok ? { ok, message: edges.t('link.dialText') } : failedAction();
    }
  }
}

/** The notice goes to this window's own screen; the same words go back to the sender. */
function refuse(message: string): LinkReply {
  usePhoneStore.setState({ notice: message });
  return { ok: false, message };
}

/** An action refused with its own notice in the store (PhoneActions words it). */
function failedAction(): LinkReply {
  return { ok: false, message: usePhoneStore.getState().notice };
}

function liveCalls(): CallSnapshot[] {
  return usePhoneStore.getState().calls.filter((c) => c.status !== 'ended');
}

function nameOf(call: CallSnapshot): string {
  return call.facts.remoteNumber || call.facts.callId;
}

/**
 * An international number from a tel: or voispeed: link is dialled as the user's line needs it
 * (the dial plan: '+39 02…' from Italy is 02…, with any outside-line prefix). A sip: user part is
 * an identity at the PBX, left as it is. libphonenumber loads only for such a number.
 */
async function dialForm({ number, source }: CommandOf<'call'>): Promise<string> {
  if (source === 'sip' || !number.startsWith('+')) return number;
  const { normaliseForDialling } = await import('../numbers/dialForm');
  return normaliseForDialling(number, useDialPlanStore.getState().plan);
}

/**
 * A sip: link's domain when the call is to go there: undefined for the account's own domain
 * (called as any number is), a refusal naming the host when the account keeps to its own.
 */
function otherDomain(
  { number, domain }: CommandOf<'call'>,
  t: Translate,
): { ok: true; domain?: string } | { ok: false; reply: LinkReply } {
  if (domain === undefined) return { ok: true };
  const account = usePhoneStore.getState().account;
  const own = account?.sipAddress.split('@')[1]?.toLowerCase();
  const host = domain.split(';')[0] ?? '';
  if (account === undefined || host === own) return { ok: true };
  if (account.otherDomains === true) return { ok: true, domain };
  const address = `sip:${number}@${domain}`;
  const reason = t('link.otherDomain', { address, host });
  return { ok: false, reply: refuse(t('link.rejected', { reason })) };
}

function call(command: CommandOf<'call'>, { actions, t }: CommandEdges): LinkReply {
  const before = new Set(liveCalls().map((c) => c.facts.callId));
  const { number, extendedId, postDial } = command;
  const destination = otherDomain(command, t);
  if (!destination.ok) return destination.reply;
  const options = {
    ...(extendedId === undefined ? {} : { extendedId }),
    ...(destination.domain === undefined ? {} : { domain: destination.domain }),
  };
  if (!actions.dial(number, options)) return failedAction();
  const placed = liveCalls().find((c) => !before.has(c.facts.callId));
  if (placed && postDial) sendWhenAnswered(placed.facts.callId, postDial, actions);
  return { ok: true, message: t('link.calling', { number }) };
}

/** tel:/sip: `;ext=` digits: tones once the call is answered, as a person would key them. */
function sendWhenAnswered(callId: string, digits: string, actions: CommandEdges['actions']) {
  const stop = usePhoneStore.subscribe((state) => {
    const placed = state.calls.find((c) => c.facts.callId === callId);
    if (placed?.status === 'active') {
      stop();
      actions.sendDtmf(callId, digits);
    } else if (!placed || placed.status === 'ended') {
      stop();
    }
  });
}

function hangup({ callId }: CommandOf<'hangup'>, { actions, t }: CommandEdges): LinkReply {
  const live = liveCalls();
  const target = callId === undefined ? live[0] : live.find((c) => c.facts.callId === callId);
  if (!target) {
    return refuse(callId === undefined ? t('link.noCall') : t('link.noSuchCall', { callId }));
  }
  actions.hangup(target.facts.callId);
  return { ok: true, message: t('link.hungUp', { number: nameOf(target) }) };
}

/**
 * The call forwarded is the first one answered, preferring the one in progress over one on
 * hold. A target that is another call's Call-ID joins the two; anything else is dialled.
 */
function forward(command: CommandOf<'forward'>, { actions, t }: CommandEdges): LinkReply {
  const live = liveCalls();
  const other = live.find((c) => c.facts.callId === command.target);
  const answered = live.filter((c) => c !== other && c.status === 'active');
  const first = answered.find((c) => !c.held) ?? answered[0];
  if (!first) return refuse(t('link.noActiveCall'));
  const callId = first.facts.callId;
  if (other) {
    actions.attendedTransfer(callId, other.facts.callId);
    if (usePhoneStore.getState().notice !== '') return failedAction();
    return {
      ok: true,
      message: t('link.joining', { number: nameOf(first), other: nameOf(other) }),
    };
  }
  if (command.dialString === undefined) {
    return refuse(t('link.noSuchCall', { callId: command.target }));
  }
  if (!actions.transfer(callId, command.dialString)) return failedAction();
  return {
    ok: true,
    message: t('link.forwarding', { number: nameOf(first), target: command.dialString }),
  };
}

/** Never applied here: the account waits for the user's "Apply" (ConfirmConfiguration). */
function configure({ account }: CommandOf<'configure'>, edges: CommandEdges): LinkReply {
  const { t } = edges;
  const current = usePhoneStore.getState().account;
  const draft = configurationDraft(account, current, current?.passwordIsHa1 === true);
  const check = checkAccount(draft, edges.pageIsSecure);
  if (!check.ok) {
    const reason = t('notice.invalid-settings', { problem: t(`problem.${check.problem}`) });
    return refuse(t('link.rejected', { reason }));
  }
  usePhoneStore.setState({ pendingConfiguration: account });
  return { ok: true, message: t('link.confirmHere') };
}
