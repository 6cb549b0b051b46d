import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultBindings } from '../../src/hotkeys/shortcuts';
import { database } from '../../src/storage/db';
import {
  loadSetting,
  loadSettings,
  removeSetting,
  saveSetting,
  saveSettings,
} from '../../src/storage/settings';
import { freshDatabase } from './freshDatabase';

beforeEach(async () => {
  await freshDatabase();
});
afterEach(() => vi.restoreAllMocks());

describe('loadSettings', () => {
  it('reads every key asked for in one read transaction, undefined where nothing is stored', async () => {
    await saveSetting('shortcuts', { ...defaultBindings(), mute: 'Alt+Shift+M' });
    await saveSetting('dialPlan', { country: 'IT' });
    const db = await database();
    const transaction = vi.spyOn(Object.getPrototypeOf(db), 'transaction');
    const loaded = await loadSettings(['shortcuts', 'dialPlan', 'devices']);
    expect(transaction).toHaveBeenCalledOnce();
    expect(transaction).toHaveBeenCalledWith('settings', 'readonly');
    expect([...loaded]).toEqual([
      ['shortcuts', { ...defaultBindings(), mute: 'Alt+Shift+M' }],
      ['dialPlan', { country: 'IT' }],
      ['devices', undefined],
    ]);
  });

  it('gives records as stored, unchecked: the settings service checks them', async () => {
    await saveSetting('shortcuts', { mute: 'Ctrl+W' });
    expect((await loadSettings(['shortcuts'])).get('shortcuts')).toEqual({ mute: 'Ctrl+W' });
  });

  it('rejects when the database cannot be read', async () => {
    (await database()).close();
    await expect(loadSettings(['account'])).rejects.toThrow();
  });
});

describe('saveSettings', () => {
  it('writes every part in one transaction', async () => {
    const plan = { country: 'DE' };
    expect(
      await saveSettings([
        ['integra', { enabled: true }],
        ['dialPlan', plan],
      ]),
    ).toEqual({
      ok: true,
    });
    expect(await loadSetting('integra')).toEqual({ enabled: true });
    expect(await loadSetting('dialPlan')).toEqual(plan);
  });

  it('leaves every part as it was when one cannot be stored, and says why', async () => {
    await saveSetting('integra', { enabled: false });
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    // A function cannot be cloned into IndexedDB: the second put fails after the first was queued.
    const result = await saveSettings([
      ['integra', { enabled: true }],
      ['dialPlan', () => {}],
    ]);
    expect(result).toMatchObject({ ok: false, reason: expect.any(String) });
    expect(error).toHaveBeenCalled();
    expect(await loadSetting('integra')).toEqual({ enabled: false });
    expect(await loadSetting('dialPlan')).toBeUndefined();
  });

  it('answers a closed database instead of rejecting', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    (await database()).close();
    expect(await saveSetting('shortcuts', {})).toMatchObject({ ok: false });
  });
});

describe('removeSetting', () => {
  it('removes one key and leaves the others', async () => {
    await saveSettings([
      ['provisioningFile', '{"v":1}'],
      ['dialPlan', { country: 'IT' }],
    ]);
    expect(await removeSetting('provisioningFile')).toEqual({ ok: true });
    expect(await loadSetting('provisioningFile')).toBeUndefined();
    expect(await loadSetting('dialPlan')).toEqual({ country: 'IT' });
    expect(await removeSetting('provisioningFile')).toEqual({ ok: true });
  });
});
