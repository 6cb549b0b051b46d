// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { connectPhone } from '../../src/app/connectPhone';
import { phoneActions } from '../../src/app/phoneActions';
import { commandErrorText, runCommand, runLink } from '../../src/app/runCommand';
import { COMMAND_ERROR_CODES, type CommandError } from '../../src/commands/types';
import { DEFAULT_DIAL_PLAN } from '../../src/numbers/dialPlanDefaults';
import { Phone } from '../../src/phone/phone';
import type { DialExtras, SipCall } from '../../src/phone/sipPort';
import { loadSetting } from '../../src/storage/settings';
import { useDialPlanStore } from '../../src/store/dialPlanStore';
import { usePhoneStore } from '../../src/store/phoneStore';
import { ACCOUNT, type FakeCall, FakeSip } from '../phone/fakeSip';
import { freshDatabase } from '../storage/freshDatabase';
import { translator } from '../translator';
import { fakeActions } from '../ui/renderApp';
import { actionEdges, phoneOutputs } from './fakeOutputs';

const initial = usePhoneStore.getState();
const t = translator('en');
let disconnect: () => void = () => undefined;

/** Records what each call carried besides its target. */
class RecordingSip extends FakeSip {
  readonly extras: (DialExtras | undefined)[] = [];
  override call(target: string, ownExtension: string, extras?: DialExtras): SipCall {
    this.extras.push(extras);
    return super.call(target, ownExtension);
  }
}

beforeEach(async () => {
  usePhoneStore.setState(initial, true);
  await freshDatabase();
});

afterEach(() => disconnect());

function setup(extendedIdHeader?: string) {
  const sip = new RecordingSip();
  const phone = new Phone(sip);
  const account = extendedIdHeader === undefined ? ACCOUNT : { ...ACCOUNT, extendedIdHeader };
  disconnect = connectPhone(phone, phoneOutputs());
  const actions = phoneActions(phone, t, actionEdges(phone));
  usePhoneStore.setState({ account, phoneWindow: 'here' });
  phone.register(account);
  sip.listener?.registration({ state: 'registered', reason: '', url: ACCOUNT.url });
  const edges = { actions, liveCalls: () => phone.liveCalls(), t, pageIsSecure: false };
  const run = (link: string) => runLink(link, edges);
  return { sip, phone, actions, edges, run };
}

/** A call placed by the phone, then answered by the other side. */
function answer(call: FakeCall | undefined) {
  call?.play({ type: 'ringing' });
  call?.play({ type: 'accepted' });
}

describe('runLink: call', () => {
  it('places the call from a link, percent-encoded as a browser hands it over', async () => {
    const { sip, run } = setup();
    expect(await run('web+voispeed:C%20101')).toEqual({ ok: true, message: 'Calling 101.' });
    expect(sip.placed.map((c) => c.facts.remoteNumber)).toEqual(['101']);
    expect(sip.extras).toEqual([{}]);
  });

  it('calls a sip: link at its own domain as any number, and never copies its headers', async () => {
    const { sip, run } = setup();
    const domain = ACCOUNT.sipAddress.split('@')[1];
    expect(await run(`sip:101@${domain?.toUpperCase()}?X-Header=1`)).toEqual({
      ok: true,
      message: 'Calling 101.',
    });
    expect(sip.extras).toEqual([{}]);
  });

  it('refuses a sip: link to another domain, naming the host, unless the account allows it', async () => {
    const { sip, run } = setup();
    const link = 'sip:402@other.example.com;transport=tcp?X-Header=1';
    const refused = await run(link);
    expect(refused.ok).toBe(false);
    expect(refused.message).toContain('other.example.com');
    expect(refused.message).toContain('sip:402@other.example.com;transport=tcp');
    expect(usePhoneStore.getState().notice).toBe(refused.message);
    expect(sip.placed).toHaveLength(0);

    usePhoneStore.setState({ account: { ...ACCOUNT, otherDomains: true } });
    expect(await run(link)).toEqual({ ok: true, message: 'Calling 402.' });
    expect(sip.extras).toEqual([{ domain: 'other.example.com;transport=tcp' }]);
  });

  it('dials an international number of a tel: or voispeed: link by the dial plan, not a sip: one', async () => {
    const { sip, run } = setup();
    useDialPlanStore.setState({ plan: { ...DEFAULT_DIAL_PLAN, outsideLinePrefix: '0' } });
    await run('tel:+39-02-6161-616');
    await run('voispeed:C +44 20 7946 0958');
    expect(sip.placed.map((c) => c.facts.remoteNumber)).toEqual(['0026161616', '000442079460958']);
    useDialPlanStore.setState({ plan: { ...DEFAULT_DIAL_PLAN } });
  });

  it('sends the extended ID in the header named by the setting, and keeps it', async () => {
    const { sip, run } = setup();
    await run('web+voispeed:101,CRM-42');
    expect(sip.extras).toEqual([{ headers: ['X-Extended-ID: CRM-42'] }]);
    const callId = sip.placed[0]?.facts.callId;
    expect(usePhoneStore.getState().calls[0]?.extendedId).toBe('CRM-42');
    expect(usePhoneStore.getState().history.find((e) => e.callId === callId)?.extendedId).toBe(
      'CRM-42',
    );

    const custom = setup('X-Customer');
    await custom.run('voispeed:102 , 7');
    expect(custom.sip.extras).toEqual([{ headers: ['X-Customer: 7'] }]);
  });

  it('refuses the call rather than drop the extended ID when the header name is unusable', async () => {
    const { sip, run } = setup('Call-ID');
    const reply = await run('voispeed:101,CRM-42');
    expect(reply.ok).toBe(false);
    expect(sip.placed).toEqual([]);
  });

  it('sends the ;ext= digits of a tel: link once the call is answered', async () => {
    const { sip, run } = setup();
    await run('tel:101;ext=55');
    const call = sip.placed[0];
    expect(call?.actions).toEqual([]);
    answer(call);
    await vi.waitFor(() => expect(call?.actions).toEqual(['dtmf 55']));
  });

  it('says why a call could not start, and places none', async () => {
    const { sip, phone, run } = setup();
    phone.unregister();
    const reply = await run('voispeed:C 101');
    expect(reply).toEqual({ ok: false, message: 'Set up and register an account first.' });
    expect(sip.placed).toEqual([]);
  });
});

describe('runLink: hang up and forward', () => {
  it('hangs up the call with the Call ID, or the first call', async () => {
    const { sip, run } = setup();
    await run('voispeed:101');
    await run('voispeed:102');
    const [first, second] = sip.placed;
    expect(await run(`voispeed:D ${second?.facts.callId}`)).toEqual({
      ok: true,
      message: 'The call with 102 was hung up.',
    });
    expect(second?.actions).toContain('hangup');
    expect(first?.actions).not.toContain('hangup');
    await run('voispeed:D');
    expect(first?.actions).toContain('hangup');
  });

  it('hangs up nothing for an unknown Call ID or with no call', async () => {
    const { sip, run } = setup();
    expect(await run('voispeed:D')).toEqual({ ok: false, message: 'There is no call to hang up.' });
    await run('voispeed:101');
    const reply = await run('voispeed:D nobody@host');
    expect(reply).toEqual({ ok: false, message: 'No live call has the Call ID "nobody@host".' });
    expect(usePhoneStore.getState().notice).toBe(reply.message);
    expect(sip.placed[0]?.actions).toEqual([]);
  });

  it('blind-transfers the call in progress to a number', async () => {
    const { sip, run } = setup();
    await run('voispeed:101');
    answer(sip.placed[0]);
    expect(await run('voispeed:F 102')).toEqual({
      ok: true,
      message: 'Forwarding the call with 101 to 102.',
    });
    expect(sip.placed[0]?.actions).toEqual(['transfer 102']);
  });

  it("joins the calls when the target is another call's Call ID", async () => {
    const { sip, run } = setup();
    await run('voispeed:101');
    answer(sip.placed[0]);
    await run('voispeed:102');
    answer(sip.placed[1]);
    const [first, second] = sip.placed;
    // Dialling 102 held 101: the call in progress (102) goes to the one named.
    const reply = await run(`voispeed:F ${first?.facts.callId}`);
    expect(reply.ok).toBe(true);
    expect(second?.actions).toContain(`attended transfer to ${first?.facts.callId}`);
  });

  it('forwards nothing without an answered call, or to an unknown Call ID', async () => {
    const { sip, run } = setup();
    expect(await run('voispeed:F 102')).toEqual({
      ok: false,
      message: 'There is no call in progress.',
    });
    await run('voispeed:101');
    expect((await run('voispeed:F 102')).ok).toBe(false);
    answer(sip.placed[0]);
    expect(await run('voispeed:F gone@host')).toEqual({
      ok: false,
      message: 'No live call has the Call ID "gone@host".',
    });
    expect(sip.placed[0]?.actions).toEqual([]);
  });
});

describe('runLink: configuration', () => {
  const LINK =
    'voispeed:U alice @ pbx.example.com,0123456789abcdef0123456789ABCDEF,201,pbx.example.com:8089';

  it('only asks: the account waits for confirmation, nothing is saved or registered', async () => {
    const { sip, run } = setup();
    const started = sip.started;
    expect(await run(LINK)).toEqual({
      ok: true,
      message: 'Confirm the new configuration in the phone window.',
    });
    expect(usePhoneStore.getState().pendingConfiguration).toEqual({
      user: 'alice',
      domain: 'pbx.example.com',
      passwordMd5: '0123456789abcdef0123456789ABCDEF',
      extension: '201',
      url: 'wss://pbx.example.com:8089',
      url2: '',
    });
    expect(sip.started).toBe(started);
    expect(await loadSetting('account')).toBeUndefined();
    expect(usePhoneStore.getState().account).toEqual(ACCOUNT);
  });

  it('applies on confirmation, as the SIP password or a lower-case HA1', async () => {
    const { sip, run, actions } = setup();
    await run(LINK);
    expect(await actions.applyConfiguration(false)).toMatchObject({ ok: true });
    expect(sip.account).toMatchObject({
      sipAddress: 'alice@pbx.example.com',
      password: '0123456789abcdef0123456789ABCDEF',
      extension: '201',
      url: 'wss://pbx.example.com:8089',
    });
    expect(sip.account?.passwordIsHa1).toBeUndefined();
    expect(usePhoneStore.getState().pendingConfiguration).toBeUndefined();

    await run(LINK);
    await actions.applyConfiguration(true);
    expect(sip.account).toMatchObject({
      password: '0123456789abcdef0123456789abcdef',
      passwordIsHa1: true,
    });
    expect(await loadSetting('account')).toEqual(sip.account);
  });

  it('cancel changes nothing', async () => {
    const { sip, run, actions } = setup();
    const started = sip.started;
    await run(LINK);
    actions.cancelConfiguration();
    expect(usePhoneStore.getState().pendingConfiguration).toBeUndefined();
    expect(await actions.applyConfiguration(false)).toMatchObject({ ok: false });
    expect(sip.started).toBe(started);
    expect(await loadSetting('account')).toBeUndefined();
  });

  it('saves without registering in a window that does not hold the phone', async () => {
    const { sip, run, actions } = setup();
    await run(LINK);
    usePhoneStore.setState({ phoneWindow: 'elsewhere' });
    const started = sip.started;
    expect(await actions.applyConfiguration(false)).toMatchObject({ ok: true });
    expect(sip.started).toBe(started);
    expect(await loadSetting('account')).toMatchObject({ sipAddress: 'alice@pbx.example.com' });
  });

  it('refuses a ws:// PBX from an https page before asking', async () => {
    const { edges } = setup();
    const reply = await runLink(
      'voispeed:Ualice@pbx.example.com,0123456789abcdef0123456789abcdef,201,ws://pbx.example.com',
      { ...edges, pageIsSecure: true },
    );
    expect(reply.ok).toBe(false);
    expect(reply.message).toMatch(/^Link not carried out\. Check the settings: an https page/);
    expect(usePhoneStore.getState().pendingConfiguration).toBeUndefined();
  });
});

describe('runLink: selected text and bad links', () => {
  it('hands S text to dialText', async () => {
    const actions = fakeActions();
    const reply = await runCommand(
      { kind: 'dial-text', text: 'ring 0212345678' },
      { actions, liveCalls: () => [], t, pageIsSecure: false },
    );
    expect(actions.run).toHaveBeenCalledWith('dialText', { text: 'ring 0212345678' });
    expect(reply.ok).toBe(true);
  });

  it.each([
    ['voispeed:Q 101', 'Link not carried out. The link asks for an unknown command: "Q".'],
    ['voispeed:C 10<1>', 'Link not carried out. The link\'s number cannot be dialled: "10<1>".'],
    ['voispeed:', 'Link not carried out. The link is empty.'],
    ['voispeed:C', 'Link not carried out. The link has no number to call.'],
    ['javascript:alert(1)', 'Link not carried out. This is not a phone link: "javascript".'],
    ['voispeed:C%0a101', 'Link not carried out. The link holds invisible control characters.'],
    [
      'voispeed:Ualice@pbx,xyz,201,pbx.example.com',
      'Link not carried out. The configuration link is not valid: check the password (32 hexadecimal characters).',
    ],
  ])('%s: says so and changes nothing', async (link, message) => {
    const { sip, run } = setup();
    const reply = await run(link);
    expect(reply).toEqual({ ok: false, message });
    expect(usePhoneStore.getState().notice).toBe(message);
    expect(sip.placed).toEqual([]);
    expect(usePhoneStore.getState().pendingConfiguration).toBeUndefined();
  });

  it('words every error code in both languages, without placeholders left over', () => {
    for (const language of ['en', 'it'] as const) {
      const words = translator(language);
      for (const code of COMMAND_ERROR_CODES) {
        const error: CommandError =
          code === 'invalid-account' ? { code, part: 'url2' } : { code, detail: 'x' };
        const text = commandErrorText(error, words);
        expect(text).not.toMatch(/[{}]/);
        expect(text.length).toBeGreaterThan(5);
      }
    }
  });

  it('shows a hostile detail as it is, for the UI to render as text', () => {
    const text = commandErrorText({ code: 'unknown-command', detail: '<img src=x>{detail}' }, t);
    expect(text).toBe('The link asks for an unknown command: "<img src=x>{detail}".');
  });
});
