// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Language } from '../../src/i18n';
import { DEFAULT_DIAL_PLAN } from '../../src/numbers/dialPlanDefaults';
import { createSettings } from '../../src/settings/settingsService';
import { loadSetting, saveSetting } from '../../src/storage/settings';
import { useDialPlanStore } from '../../src/store/dialPlanStore';
import { DialPlanSettings } from '../../src/ui/hotkeys/DialPlanSettings';
import { renderWith } from './renderApp';

/** The form over the real settings service: what it saves lands in fake-indexeddb. */
const renderForm = (language: Language = 'en') =>
  renderWith(
    <DialPlanSettings />,
    undefined,
    language,
    undefined,
    createSettings({ pageIsSecure: false }),
  );

beforeEach(async () => {
  await saveSetting('dialPlan', undefined);
  useDialPlanStore.setState({ plan: { ...DEFAULT_DIAL_PLAN } });
});

const field = (name: string) => screen.getByRole('textbox', { name });

describe('DialPlanSettings', () => {
  it('saves a checked plan', async () => {
    const user = userEvent.setup();
    renderForm();
    expect(field('Default country')).toHaveValue('IT');
    await user.clear(field('Default country'));
    await user.type(field('Default country'), ' ch ');
    await user.type(field('Outside-line prefix'), '0');
    await user.click(screen.getByRole('button', { name: 'Save dial plan' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Dial plan saved.');
    const plan = { country: 'CH', outsideLinePrefix: '0', internationalPrefix: '00' };
    expect(useDialPlanStore.getState().plan).toEqual(plan);
    expect(await loadSetting('dialPlan')).toEqual(plan);
    expect(field('Default country')).toHaveValue('CH');
  });

  it.each([
    ['Default country', 'Italy', /default country must be a two-letter country code/],
    ['Default country', 'ZZ', /default country must be a two-letter country code/],
    ['Outside-line prefix', '0;1', /outside-line prefix may hold up to 6 digits/],
    ['International prefix', '', /international prefix must be 1 to 6 digits/],
  ])('refuses %s %j, says why, and changes nothing', async (name, value, why) => {
    const user = userEvent.setup();
    renderForm();
    await user.clear(field(name));
    if (value !== '') await user.type(field(name), value);
    await user.click(screen.getByRole('button', { name: 'Save dial plan' }));
    expect(await screen.findByRole('status')).toHaveTextContent(why);
    expect(useDialPlanStore.getState().plan).toEqual(DEFAULT_DIAL_PLAN);
    expect(await loadSetting('dialPlan')).toBeUndefined();
  });
});
