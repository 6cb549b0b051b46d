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
  /** The same verbs as the buttons: they pick the call, act, and word the answer. */
  actions: Pick<PhoneActions, 'run'>;
  /** Phone's live calls: a forward target may be one of them. */
  liveCalls(): readonly CallSnapshot[];
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
      const done = await edges.actions.run('dialText', { text: command.text });
      return done.ok ? { ok: true, message: edges.t('link.dialText') } : done;
    }
  }
}

/** The notice goes to this window's own screen; the same words go back to the sender. */
function refuse(message: string): LinkReply {
  usePhoneStore.setState({ notice: message });
  return { ok: false, message };
}

function nameOf(call: CallSnapshot | undefined): string {
  return call ? call.facts.remoteNumber || call.facts.callId : '';
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

async function call(command: CommandOf<'call'>, { actions, t }: CommandEdges): Promise<LinkReply> {
  const { number, extendedId, postDial } = command;
  const destination = otherDomain(command, t);
  if (!destination.ok) return destination.reply;
  const placed = await actions.run('dial', {
    number,
    ...(extendedId === undefined ? {} : { extendedId }),
    ...(destination.domain === undefined ? {} : { domain: destination.domain }),
    ...(postDial === undefined ? {} : { postDial }),
  });
  return placed.ok ? { ok: true, message: t('link.calling', { number }) } : placed;
}

/** `D` without a Call-ID ends the call a hang-up key would. */
async function hangup({ callId }: CommandOf<'hangup'>, { actions, t }: CommandEdges) {
  const done = await actions.run('hangUp', callId === undefined ? {} : { callId });
  if (!done.ok) return done;
  return { ok: true, message: t('link.hungUp', { number: nameOf(done.call) }) };
}

/**
 * The call forwarded is an answered one, the one in progress before one on hold. A target that
 * is another live call's Call-ID joins the two; anything else dialable is a blind transfer.
 */
async function forward(
  { target, dialString }: CommandOf<'forward'>,
  { actions, t, liveCalls }: CommandEdges,
): Promise<LinkReply> {
  const other = liveCalls().find((c) => c.facts.callId === target);
  if (other) {
    const joined = await actions.run('join', { otherCallId: target });
    if (!joined.ok) return joined;
    const names = { number: nameOf(joined.call), other: nameOf(other) };
    return { ok: true, message: t('link.joining', names) };
  }
  if (dialString === undefined) return refuse(t('verb.no-such-call', { callId: target }));
  const moved = await actions.run('transfer', { target: dialString });
  if (!moved.ok) return moved;
  const names = { number: nameOf(moved.call), target: dialString };
  return { ok: true, message: t('link.forwarding', names) };
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
