// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultBindings } from '../../src/hotkeys/shortcuts';
import { DEFAULT_DIAL_PLAN } from '../../src/numbers/dialPlanDefaults';
import { loadHotkeySettings } from '../../src/settings/hotkeySettings';
import { saveSetting } from '../../src/storage/settings';
import { useDialPlanStore } from '../../src/store/dialPlanStore';
import { useShortcutStore } from '../../src/store/shortcutStore';

beforeEach(() => {
  useShortcutStore.setState({ bindings: defaultBindings() });
  useDialPlanStore.setState({ plan: { ...DEFAULT_DIAL_PLAN } });
});

describe('stored shortcuts and dial plan', () => {
  it('loads checked bindings and dial plan', async () => {
    await saveSetting('shortcuts', { answer: 'alt+shift+j' });
    await saveSetting('dialPlan', {
      country: 'ch',
      outsideLinePrefix: '0',
      internationalPrefix: '00',
    });
    await loadHotkeySettings();
    expect(useShortcutStore.getState().bindings.answer).toBe('Alt+Shift+J');
    expect(useDialPlanStore.getState().plan).toMatchObject({
      country: 'CH',
      outsideLinePrefix: '0',
    });
  });

  it.each([
    [{ answer: 'Ctrl+W' }, { country: 'XX' }],
    ['Alt+Shift+D', []],
    [{ answer: 'Alt+Shift+D' }, null],
  ])('keeps the defaults for damaged records (%j, %j), and logs them', async (shortcuts, plan) => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    await saveSetting('shortcuts', shortcuts);
    await saveSetting('dialPlan', plan);
    await loadHotkeySettings();
    expect(error).toHaveBeenCalledTimes(2);
    expect(useShortcutStore.getState().bindings).toEqual(defaultBindings());
    expect(useDialPlanStore.getState().plan).toEqual(DEFAULT_DIAL_PLAN);
    error.mockRestore();
  });
});
