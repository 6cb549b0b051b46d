// @vitest-environment jsdom
// The colleagues panel and the voicemail light: rows as buttons named by extension and state,
// pickup and transfer only when they apply, the light's count, and text from the network shown
// as text; in Italian too.
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Language } from '../../src/i18n';
import { newCall } from '../../src/phone/callLine';
import { DEFAULT_COLLEAGUE_SETTINGS } from '../../src/phone/presence/colleagueSettings';
import { usePhoneStore } from '../../src/store/phoneStore';
import { usePresenceStore } from '../../src/store/presenceStore';
import Colleagues from '../../src/ui/Colleagues';
import { noPhonebook, type Phonebook, PhonebookContext } from '../../src/ui/contacts/Phonebook';
import { facts } from '../phone/fakeSip';
import { renderWith } from './renderApp';

const phoneInitial = usePhoneStore.getState();
const presenceInitial = usePresenceStore.getState();
beforeEach(() => {
  usePhoneStore.setState(phoneInitial, true);
  usePresenceStore.setState(presenceInitial, true);
});

/** Rendered inside an awaited act, in the language asked for, over a phonebook. */
async function panel(language: Language = 'en', phonebook: Phonebook = noPhonebook) {
  let rendered: ReturnType<typeof renderWith> | undefined;
  await act(async () => {
    rendered = renderWith(
      <PhonebookContext.Provider value={phonebook}>
        <Suspense>
          <Colleagues />
        </Suspense>
      </PhonebookContext.Provider>,
      undefined,
      language,
    );
  });
  if (!rendered) throw new Error('not rendered');
  return rendered;
}

describe('the colleagues panel', () => {
  it('names each colleague with a state in words, and calls one on a click', async () => {
    usePresenceStore.setState({
      settings: { ...DEFAULT_COLLEAGUE_SETTINGS, watched: ['101', '102', '103'] },
      lines: { 101: { state: 'busy', canPickUp: false }, 102: { state: 'idle', canPickUp: false } },
    });
    const { actions } = await panel();
    await screen.findByRole('button', { name: 'Call 101, In a call' });
    expect(screen.getByRole('button', { name: 'Call 102, Idle' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Call 103, Unknown' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Call 102, Idle' }));
    expect(actions.run).toHaveBeenCalledWith('dial', { number: '102' });
    expect(screen.queryByRole('button', { name: /^Pick up/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Transfer/ })).toBeNull();
  });

  it('offers pickup with the code while a call rings for a colleague', async () => {
    usePresenceStore.setState({
      settings: { ...DEFAULT_COLLEAGUE_SETTINGS, watched: ['101'], pickupPrefix: '*8' },
      lines: { 101: { state: 'ringing', canPickUp: true } },
    });
    const { actions } = await panel();
    await userEvent.click(
      await screen.findByRole('button', { name: 'Pick up the call ringing for 101' }),
    );
    expect(actions.run).toHaveBeenCalledWith('dial', { number: '*8101' });
  });

  it('transfers the call in progress to a colleague', async () => {
    const call = { ...newCall(facts({ callId: 'c1' }), 'active', 1), held: false };
    usePhoneStore.setState({ calls: [call] });
    usePresenceStore.setState({
      settings: { ...DEFAULT_COLLEAGUE_SETTINGS, watched: ['102'] },
    });
    const { actions } = await panel();
    await userEvent.click(await screen.findByRole('button', { name: 'Transfer the call to 102' }));
    expect(actions.run).toHaveBeenCalledWith('transfer', { callId: 'c1', target: '102' });
  });

  it('lights the voicemail with the count, and dials the mailbox', async () => {
    usePresenceStore.setState({
      settings: { ...DEFAULT_COLLEAGUE_SETTINGS, voicemailNumber: '*97' },
      voicemail: { waiting: true, newMessages: 2, oldMessages: 8 },
    });
    const { actions } = await panel();
    const button = await screen.findByRole('button', { name: 'Voicemail, 2 new voice messages' });
    expect(button).toHaveTextContent('Voicemail2');
    expect(screen.getByRole('status')).toHaveTextContent('2 new voice messages');
    await userEvent.click(button);
    expect(actions.run).toHaveBeenCalledWith('dial', { number: '*97' });
  });

  it('shows markup in a watched name as text', async () => {
    usePresenceStore.setState({
      settings: { ...DEFAULT_COLLEAGUE_SETTINGS, watched: ['<img src=x onerror=alert(1)>'] },
    });
    const { container } = await panel();
    await screen.findByRole('button', { name: /^Call / });
    expect(container.querySelector('img')).toBeNull();
  });

  it("shows a colleague's name from the phonebook, as text, and in the button's name", async () => {
    usePresenceStore.setState({
      settings: { ...DEFAULT_COLLEAGUE_SETTINGS, watched: ['101', '102'] },
      lines: { 101: { state: 'idle', canPickUp: false }, 102: { state: 'idle', canPickUp: false } },
    });
    const names: Record<string, string> = { 101: 'Mario <b>Rossi</b>' };
    const { container } = await panel('en', { ...noPhonebook, nameFor: async (n) => names[n] });
    const named = await screen.findByRole('button', { name: 'Call 101 Mario <b>Rossi</b>, Idle' });
    expect(named).toHaveTextContent('101Mario <b>Rossi</b>Idle');
    expect(container.querySelector('b')).toBeNull();
    expect(screen.getByRole('button', { name: 'Call 102, Idle' })).toBeInTheDocument();
  });

  it('speaks Italian', async () => {
    usePresenceStore.setState({
      settings: { ...DEFAULT_COLLEAGUE_SETTINGS, watched: ['101'] },
      lines: { 101: { state: 'ringing', canPickUp: false } },
    });
    await panel('it');
    expect(await screen.findByRole('button', { name: 'Chiama 101, Squilla' })).toBeInTheDocument();
  });
});
