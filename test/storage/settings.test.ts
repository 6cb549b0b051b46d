import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { checkBindings, defaultBindings } from '../../src/hotkeys/shortcuts';
import { loadCheckedSetting, saveSetting } from '../../src/storage/settings';
import { freshDatabase } from './freshDatabase';

beforeEach(async () => {
  await freshDatabase();
});
afterEach(() => vi.restoreAllMocks());

describe('loadCheckedSetting', () => {
  it('gives the checker’s answer for a good record', async () => {
    await saveSetting('shortcuts', { ...defaultBindings(), mute: 'Alt+Shift+M' });
    const loaded = await loadCheckedSetting('shortcuts', checkBindings);
    expect(loaded?.bindings.mute).toBe('Alt+Shift+M');
  });

  it('gives nothing, silently, when nothing is stored', async () => {
    const error = vi.spyOn(console, 'error');
    expect(await loadCheckedSetting('shortcuts', checkBindings)).toBeUndefined();
    expect(error).not.toHaveBeenCalled();
  });

  it('gives nothing for a damaged record, and logs it', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    await saveSetting('shortcuts', { mute: 'Ctrl+W' });
    expect(await loadCheckedSetting('shortcuts', checkBindings)).toBeUndefined();
    expect(error).toHaveBeenCalledWith(
      'the stored shortcuts setting is not valid; using the defaults',
      expect.objectContaining({ ok: false }),
    );
  });

  it('takes a checker that loads on demand', async () => {
    await saveSetting('dialPlan', { country: 'IT' });
    const loaded = await loadCheckedSetting('dialPlan', async (stored) => ({
      ok: true as const,
      stored,
    }));
    expect(loaded?.stored).toEqual({ country: 'IT' });
  });
});
