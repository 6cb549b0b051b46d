// The registry, part by part, through the settings service over fake-indexeddb and the real
// stores: a bad draft is refused at its field and changes nothing; a damaged record loads the
// default; a good one loads as stored.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_CALLER_NAME_SETTINGS } from '../../src/contacts/callerNameSettings';
import { defaultBindings } from '../../src/hotkeys/shortcuts';
import { DEFAULT_INTEGRA_SETTINGS, newRule } from '../../src/integra/rule';
import { DEFAULT_DIAL_PLAN } from '../../src/numbers/dialPlanDefaults';
import { accountInput, draftFrom } from '../../src/phone/account';
import { DEFAULT_AUTO_ANSWER } from '../../src/phone/autoAnswer';
import { DEFAULT_DEVICES } from '../../src/phone/media/devices';
import { DEFAULT_RINGTONE } from '../../src/phone/media/ringtones';
import { DEFAULT_COLLEAGUE_SETTINGS } from '../../src/phone/presence/colleagueSettings';
import { PART_LIST, PARTS } from '../../src/settings/parts';
import type { PartKey, SettingsValues } from '../../src/settings/partTypes';
import { DEFAULT_RECORDING_SETTINGS } from '../../src/settings/recordingPart';
import { createSettings } from '../../src/settings/settingsService';
import { loadSetting, saveSettings } from '../../src/storage/settings';
import { useCallerNameStore } from '../../src/store/callerNameStore';
import { useDeviceStore } from '../../src/store/deviceStore';
import { useDialPlanStore } from '../../src/store/dialPlanStore';
import { useIntegraStore } from '../../src/store/integraStore';
import { usePhoneStore } from '../../src/store/phoneStore';
import { useShortcutStore } from '../../src/store/shortcutStore';
import { freshDatabase } from '../storage/freshDatabase';
import { ACCOUNT, INTEGRA } from './fixtures';

/** Good values, none of them the default, stored and in use before each test. */
const IN_USE: SettingsValues = {
  account: ACCOUNT,
  integra: INTEGRA,
  shortcuts: { ...defaultBindings(), mute: 'Alt+Shift+U' },
  dialPlan: { country: 'CH', outsideLinePrefix: '0', internationalPrefix: '00' },
  devices: { ringtone: 'speaker-1', callAudio: '', microphone: 'headset-mic' },
  callerNames: { lookupUrl: 'https://crm.example/name?n=!01', lookupTimeoutMs: 1500 },
  colleagues: { watched: ['101', 'reception'], pickupPrefix: '*8', voicemailNumber: '*97' },
  autoAnswer: { mode: 'pbx', delaySeconds: 10 },
  recording: { automatic: true },
  ringtone: { ringtone: 'chime', volume: 30 },
};

const rules = [newRule('a'), newRule('b'), { ...newRule('c'), command: 'x!{nope}' }];
const BAD_DRAFTS: [PartKey, unknown, string, string][] = [
  ['account', accountInput({ ...draftFrom(ACCOUNT), url: 'http://pbx' }), 'account.url', 'url'],
  ['integra', { ...INTEGRA, rules }, 'integra.rules[2].command', 'unknown-placeholder'],
  ['shortcuts', { ...defaultBindings(), mute: 'Ctrl+W' }, 'shortcuts.mute', 'keys-reserved'],
  ['dialPlan', { ...DEFAULT_DIAL_PLAN, country: 'XX' }, 'dialPlan.country', 'unknown-country'],
  ['devices', { ...DEFAULT_DEVICES, microphone: 7 }, 'devices.microphone', 'not-a-string'],
  ['callerNames', { lookupUrl: 'javascript:alert(1)' }, 'callerNames.lookupUrl', 'not-http-url'],
  [
    'colleagues',
    { ...DEFAULT_COLLEAGUE_SETTINGS, watched: ['101', '<b>x</b>'] },
    'colleagues.watched[1]',
    'not-dialable',
  ],
  ['autoAnswer', { mode: 'always', delaySeconds: 61 }, 'autoAnswer.delaySeconds', 'out-of-range'],
  ['recording', { automatic: 'yes' }, 'recording.automatic', 'not-a-boolean'],
  ['ringtone', { ringtone: 'siren', volume: 50 }, 'ringtone.ringtone', 'unknown-ringtone'],
  ['ringtone', { ringtone: 'own', volume: 101 }, 'ringtone.volume', 'out-of-range'],
];

const DAMAGED: [PartKey, unknown][] = [
  ['account', { ...ACCOUNT, sipAddress: 42 }],
  ['account', { ...ACCOUNT, password: undefined }],
  ['integra', { rules: 'all of them' }],
  ['shortcuts', { mute: 'Ctrl+W' }],
  ['shortcuts', { answer: 'Alt+Shift+D' }],
  ['shortcuts', 'Alt+Shift+D'],
  ['dialPlan', { country: 'XX' }],
  ['dialPlan', []],
  ['dialPlan', null],
  ['devices', 'headset'],
  ['callerNames', { lookupUrl: 'https://x/!{nope}' }],
  ['callerNames', { lookupTimeoutMs: 99_999 }],
  ['colleagues', { watched: Array.from({ length: 101 }, (_, i) => String(200 + i)) }],
  ['colleagues', { watched: ['101', '101'] }],
  ['colleagues', { watched: [], pickupPrefix: '*8; rm' }],
  ['autoAnswer', { mode: 'barge-in', delaySeconds: 0 }],
  ['autoAnswer', { mode: 'always', delaySeconds: -1 }],
  ['autoAnswer', 'always'],
  ['recording', { automatic: 1 }],
  ['recording', 'always'],
  ['ringtone', { volume: '50' }],
  ['ringtone', 'chime'],
];

const DEFAULTS: SettingsValues = {
  account: undefined,
  integra: DEFAULT_INTEGRA_SETTINGS,
  shortcuts: defaultBindings(),
  dialPlan: DEFAULT_DIAL_PLAN,
  devices: DEFAULT_DEVICES,
  callerNames: DEFAULT_CALLER_NAME_SETTINGS,
  colleagues: DEFAULT_COLLEAGUE_SETTINGS,
  autoAnswer: DEFAULT_AUTO_ANSWER,
  recording: DEFAULT_RECORDING_SETTINGS,
  ringtone: DEFAULT_RINGTONE,
};

const phoneInitial = usePhoneStore.getState();
const devicesInitial = useDeviceStore.getState();
beforeEach(async () => {
  await freshDatabase();
  usePhoneStore.setState(phoneInitial, true);
  useDeviceStore.setState(devicesInitial, true);
  for (const part of PART_LIST) part.show(IN_USE[part.key]);
  expect(await saveSettings(Object.entries(IN_USE))).toEqual({ ok: true });
});
afterEach(() => vi.restoreAllMocks());

const inUse = () => Object.fromEntries(PART_LIST.map((part) => [part.key, part.inUse()]));

describe('the registry', () => {
  it('has one row per part, under its own key, in file order', () => {
    expect(PART_LIST.map((part) => part.key)).toEqual([
      'account',
      'integra',
      'shortcuts',
      'dialPlan',
      'devices',
      'callerNames',
      'colleagues',
      'autoAnswer',
      'recording',
      'ringtone',
    ]);
    for (const [key, part] of Object.entries(PARTS)) expect(part.key).toBe(key);
  });

  it('reads and writes each part in its own store', () => {
    expect(usePhoneStore.getState().account).toBe(IN_USE.account);
    expect(useIntegraStore.getState().settings).toBe(IN_USE.integra);
    expect(useShortcutStore.getState().bindings).toBe(IN_USE.shortcuts);
    expect(useDialPlanStore.getState().plan).toBe(IN_USE.dialPlan);
    expect(useDeviceStore.getState().choice).toBe(IN_USE.devices);
    expect(useCallerNameStore.getState().settings).toBe(IN_USE.callerNames);
    expect(inUse()).toEqual(IN_USE);
  });

  it('makes only the account wait for calls: saving it registers the phone again', () => {
    expect(PART_LIST.filter((part) => part.waitsForCalls).map((part) => part.key)).toEqual([
      'account',
    ]);
  });
});

describe.each(BAD_DRAFTS)('a bad %s draft', (key, draft, field, problem) => {
  it(`is refused at ${field} and changes nothing in the store or IndexedDB`, async () => {
    const settings = createSettings({ pageIsSecure: false });
    const accepted = vi.fn();
    expect(await settings.save(key, draft, { accepted })).toEqual({
      ok: false,
      refused: 'invalid',
      error: expect.objectContaining({ ok: false, field, problem }),
    });
    expect(accepted).not.toHaveBeenCalled();
    expect(PARTS[key].inUse()).toBe(IN_USE[key]);
    expect(await loadSetting(key)).toEqual(IN_USE[key]);
  });
});

/** Every part but those whose checks load code first (libphonenumber, Integra's, the lookup URL's, the colleagues'). */
function withoutLateParts(values: SettingsValues) {
  const { dialPlan: _, callerNames: __, integra: ___, colleagues: ____, ...rest } = values;
  return rest;
}

describe('load', () => {
  it('shows every part as stored', async () => {
    for (const part of PART_LIST) part.show(DEFAULTS[part.key]);
    await (await createSettings({ pageIsSecure: false }).load()).rest;
    expect(inUse()).toEqual(IN_USE);
  });

  it('puts each record through its checker: canonical keys, an upper-case country', async () => {
    await saveSettings([
      ['shortcuts', { answer: 'alt+shift+j' }],
      ['dialPlan', { country: 'ch', outsideLinePrefix: '0' }],
    ]);
    await (await createSettings({ pageIsSecure: false }).load()).rest;
    expect(useShortcutStore.getState().bindings.answer).toBe('Alt+Shift+J');
    expect(useDialPlanStore.getState().plan).toEqual(IN_USE.dialPlan);
  });

  it('shows the parts the first screen reads before those whose checks load code', async () => {
    for (const part of PART_LIST) part.show(DEFAULTS[part.key]);
    const { rest } = await createSettings({ pageIsSecure: false }).load();
    const { dialPlan, callerNames, integra, colleagues, ...firstScreen } = inUse();
    expect(firstScreen).toEqual(withoutLateParts(IN_USE));
    expect([dialPlan, callerNames, integra, colleagues]).toEqual([
      DEFAULTS.dialPlan,
      DEFAULTS.callerNames,
      DEFAULTS.integra,
      DEFAULTS.colleagues,
    ]);
    await rest;
    expect(inUse()).toEqual(IN_USE);
  });

  it('keeps a dial plan shown while the stored one was being checked', async () => {
    const { rest } = await createSettings({ pageIsSecure: false }).load();
    const newer = { ...IN_USE.dialPlan, outsideLinePrefix: '9' };
    PARTS.dialPlan.show(newer);
    await rest;
    expect(useDialPlanStore.getState().plan).toBe(newer);
  });

  it('shows the defaults when nothing is stored, silently', async () => {
    await freshDatabase();
    const error = vi.spyOn(console, 'error');
    await (await createSettings({ pageIsSecure: false }).load()).rest;
    expect(inUse()).toEqual(DEFAULTS);
    expect(error).not.toHaveBeenCalled();
  });

  it.each(DAMAGED)(
    'loads the default for a damaged %s record, logged once',
    async (key, record) => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      expect(await saveSettings([[key, record]])).toEqual({ ok: true });
      await (await createSettings({ pageIsSecure: false }).load()).rest;
      expect(PARTS[key].inUse()).toEqual(DEFAULTS[key]);
      expect(error).toHaveBeenCalledOnce();
      expect(error).toHaveBeenCalledWith(
        `the stored ${key} setting is not valid; using the default`,
        expect.objectContaining({ ok: false, field: expect.stringMatching(new RegExp(`^${key}`)) }),
      );
      // The other parts load as stored.
      const others = PART_LIST.filter((part) => part.key !== key);
      for (const part of others) expect(part.inUse()).toEqual(IN_USE[part.key]);
    },
  );
});
