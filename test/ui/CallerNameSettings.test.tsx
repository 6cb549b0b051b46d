// @vitest-environment jsdom
import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_CALLER_NAME_SETTINGS } from '../../src/contacts/callerNameSettings';
import { createSettings } from '../../src/settings/settingsService';
import { loadSetting, saveSetting } from '../../src/storage/settings';
import { useCallerNameStore } from '../../src/store/callerNameStore';
import { CallerNameSettings } from '../../src/ui/CallerNameSettings';
import { renderWith } from './renderApp';

/** The form over the real settings service: what it saves lands in fake-indexeddb. */
const renderForm = () =>
  renderWith(
    <CallerNameSettings />,
    undefined,
    'en',
    undefined,
    createSettings({ pageIsSecure: false }),
  );

beforeEach(async () => {
  await saveSetting('callerNames', undefined);
  useCallerNameStore.setState({ settings: { ...DEFAULT_CALLER_NAME_SETTINGS } });
});

const field = (name: string) => screen.getByRole('textbox', { name });
// Braces are userEvent's key syntax: the URL goes in as one change, as a paste would.
const typeUrl = (value: string) => fireEvent.change(field('Lookup address'), { target: { value } });

describe('CallerNameSettings', () => {
  it('saves a lookup address and a wait in seconds', async () => {
    const user = userEvent.setup();
    renderForm();
    typeUrl('https://crm.example/name?n=!01');
    await user.clear(field('Wait at most (seconds)'));
    await user.type(field('Wait at most (seconds)'), '1,5');
    await user.click(screen.getByRole('button', { name: 'Save caller names' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Caller names saved.');
    const saved = { lookupUrl: 'https://crm.example/name?n=!01', lookupTimeoutMs: 1500 };
    expect(useCallerNameStore.getState().settings).toEqual(saved);
    expect(await loadSetting('callerNames')).toEqual(saved);
  });

  it.each([
    ['javascript:alert(document.cookie)', /lookup address must start with http:\/\/ or https:\/\//],
    ['https://crm.example/?n=!{phone}', /lookup address .*!\{phone\}/],
  ])('refuses the address %j, says why, and changes nothing', async (url, why) => {
    const user = userEvent.setup();
    renderForm();
    typeUrl(url);
    await user.click(screen.getByRole('button', { name: 'Save caller names' }));
    expect(await screen.findByRole('status')).toHaveTextContent(why);
    expect(useCallerNameStore.getState().settings).toEqual(DEFAULT_CALLER_NAME_SETTINGS);
    expect(await loadSetting('callerNames')).toBeUndefined();
  });

  it.each(['0', '60', 'soon'])('refuses a wait of %j', async (seconds) => {
    const user = userEvent.setup();
    renderForm();
    await user.clear(field('Wait at most (seconds)'));
    await user.type(field('Wait at most (seconds)'), seconds);
    await user.click(screen.getByRole('button', { name: 'Save caller names' }));
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Not saved: the wait must be from 0.2 to 10 seconds.',
    );
    expect(await loadSetting('callerNames')).toBeUndefined();
  });
});
