// @vitest-environment jsdom
// The auto-answer setting over the real settings service (fake-indexeddb), and the line a ringing
// call's card shows while the phone is about to answer it.
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_AUTO_ANSWER } from '../../src/phone/autoAnswer';
import { newCall } from '../../src/phone/callLine';
import { createSettings } from '../../src/settings/settingsService';
import { loadSetting, saveSetting } from '../../src/storage/settings';
import { useAutoAnswerStore } from '../../src/store/autoAnswerStore';
import { AutoAnswerSettings } from '../../src/ui/AutoAnswerSettings';
import { CallPanel } from '../../src/ui/CallPanel';
import { facts } from '../phone/fakeSip';
import { fakeActions, renderWith } from './renderApp';

const renderForm = (language: 'en' | 'it' = 'en') =>
  renderWith(
    <AutoAnswerSettings />,
    undefined,
    language,
    undefined,
    createSettings({ pageIsSecure: false }),
  );

beforeEach(async () => {
  await saveSetting('autoAnswer', undefined);
  useAutoAnswerStore.setState({ settings: DEFAULT_AUTO_ANSWER, pending: undefined });
});

const delay = () => screen.getByRole('textbox', { name: 'Delay (seconds)' });

describe('AutoAnswerSettings', () => {
  it('offers three labelled ways, off first and chosen by default', () => {
    renderForm();
    const group = screen.getByRole('group', { name: 'Answer incoming calls by themselves' });
    const radios = within(group).getAllByRole('radio');
    expect(radios.map((r) => r.getAttribute('value'))).toEqual(['off', 'always', 'pbx']);
    expect(within(group).getByRole('radio', { name: /^Off/ })).toBeChecked();
    expect(delay()).toHaveValue('3');
    expect(delay()).toHaveAccessibleDescription(/whole number from 0 to 60/);
  });

  it('saves every call after 1 s, stored and in use', async () => {
    const user = userEvent.setup();
    renderForm();
    await user.click(screen.getByRole('radio', { name: 'Every call, after the delay below' }));
    await user.clear(delay());
    await user.type(delay(), '1');
    await user.click(screen.getByRole('button', { name: 'Save auto-answer' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Auto-answer saved.');
    const saved = { mode: 'always', delaySeconds: 1 };
    expect(useAutoAnswerStore.getState().settings).toEqual(saved);
    expect(await loadSetting('autoAnswer')).toEqual(saved);
  });

  it.each(['61', '-1', '1.5', 'three', '', '1e1'])(
    'refuses the delay %j, says why, and changes nothing',
    async (typed) => {
      const user = userEvent.setup();
      renderForm();
      await user.click(
        screen.getByRole('radio', { name: 'Only when the PBX asks (intercom, paging)' }),
      );
      await user.clear(delay());
      if (typed !== '') await user.type(delay(), typed);
      await user.click(screen.getByRole('button', { name: 'Save auto-answer' }));
      expect(await screen.findByRole('status')).toHaveTextContent(
        'Not saved: the delay must be a whole number of seconds from 0 to 60.',
      );
      expect(useAutoAnswerStore.getState().settings).toEqual(DEFAULT_AUTO_ANSWER);
      expect(await loadSetting('autoAnswer')).toBeUndefined();
    },
  );

  it('speaks Italian', () => {
    renderForm('it');
    expect(
      screen.getByRole('group', { name: 'Rispondi da solo alle chiamate in arrivo' }),
    ).toBeVisible();
    expect(screen.getByRole('textbox', { name: 'Ritardo (secondi)' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Salva risposta automatica' })).toBeVisible();
  });
});

describe('the call card', () => {
  afterEach(() => vi.useRealTimers());
  const ringing = newCall(facts({ callId: 'a@h', remoteName: '' }), 'incoming', 1_000);

  it('counts down to the automatic answer, on that call only', () => {
    vi.useFakeTimers({ now: 50_000, toFake: ['setInterval', 'clearInterval', 'Date'] });
    useAutoAnswerStore.setState({ pending: { callId: 'a@h', at: 53_000 } });
    renderWith(<CallPanel call={ringing} />, fakeActions());
    const note = screen.getByRole('timer', { name: 'Automatic answer' });
    expect(note).toHaveTextContent('Answering automatically in 3 s');
    act(() => vi.advanceTimersByTime(2_100));
    expect(note).toHaveTextContent('Answering automatically in 1 s');
    act(() => vi.advanceTimersByTime(1_000));
    expect(note).toHaveTextContent('Answering automatically now');
    // Answer and Decline stay: the user may still choose.
    expect(screen.getByRole('button', { name: 'Answer' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Decline' })).toBeEnabled();
    act(() => useAutoAnswerStore.setState({ pending: undefined }));
    expect(screen.queryByRole('timer', { name: 'Automatic answer' })).toBeNull();
  });

  it('says nothing on a call that will not be answered by itself', () => {
    useAutoAnswerStore.setState({ pending: { callId: 'other@h', at: Date.now() + 3000 } });
    renderWith(<CallPanel call={ringing} />, fakeActions());
    expect(screen.queryByRole('timer', { name: 'Automatic answer' })).toBeNull();
  });
});
