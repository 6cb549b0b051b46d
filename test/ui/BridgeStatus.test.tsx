// @vitest-environment jsdom
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Language } from '../../src/i18n';
import { type BridgeState, useBridgeStore } from '../../src/store/bridgeStore';
import { BridgeStatus, installCommand } from '../../src/ui/BridgeStatus';
import { TranslateContext } from '../../src/ui/useT';
import { translator } from '../translator';

const initial = useBridgeStore.getState();
beforeEach(() => useBridgeStore.setState(initial, true));

const COMMAND = 'voispeed-bridge install --app-url https://phone.example/';

function renderStatus(
  state: BridgeState,
  language: Language = 'en',
  origin = 'https://phone.example',
) {
  useBridgeStore.setState({ state });
  render(
    <TranslateContext.Provider value={translator(language)}>
      <BridgeStatus origin={origin} />
    </TranslateContext.Provider>,
  );
  const region = screen.getByRole('region', { name: 'Bridge' });
  return { region, status: within(region).getByRole('status') };
}

const texts: [BridgeState, string][] = [
  [{ kind: 'checking' }, 'Looking for the bridge…'],
  [
    { kind: 'absent' },
    'Bridge not installed. Without it the phone works as it is; with it, shell rules run, phone links on every page and in other programs dial, and a key dials the selected number anywhere.',
  ],
  [
    { kind: 'no-host', extension: '0.1.0' },
    'Browser extension 0.1.0 installed; its program (the native host) is not installed or does not start.',
  ],
  [
    { kind: 'ready', extension: '0.1.0', host: '0.2.0' },
    'Bridge ready: extension 0.1.0, native host 0.2.0.',
  ],
];

describe('BridgeStatus', () => {
  it('starts from the checking state', () => {
    expect(useBridgeStore.getState().state).toEqual({ kind: 'checking' });
  });

  it.each(texts)('says the state %o in English', (state, text) => {
    const { status } = renderStatus(state);
    expect(status).toHaveTextContent(text, { normalizeWhitespace: true });
    expect(status.textContent).toBe(text);
  });

  it.each<BridgeState>([{ kind: 'absent' }, { kind: 'no-host', extension: '0.1.0' }])(
    'offers the install command for this origin when %o',
    (state) => {
      const { region } = renderStatus(state);
      const command = within(region).getByRole('textbox', { name: 'Install command' });
      expect(command).toHaveValue(COMMAND);
      expect(command).toHaveAttribute('readonly');
      expect(
        within(region).getByRole('button', { name: 'Copy the install command' }),
      ).toBeVisible();
    },
  );

  it.each<BridgeState>([
    { kind: 'ready', extension: '0.1.0', host: '0.2.0' },
    { kind: 'checking' },
  ])('shows no install command when %o', (state) => {
    const { region } = renderStatus(state);
    expect(within(region).queryByRole('textbox')).toBeNull();
    expect(within(region).queryByRole('button')).toBeNull();
    expect(region).not.toHaveTextContent('voispeed-bridge');
  });

  it('puts the command on the clipboard and says so', async () => {
    const user = userEvent.setup();
    const { region } = renderStatus({ kind: 'absent' });
    expect(within(region).queryByText('Copied.')).toBeNull();
    await user.click(within(region).getByRole('button', { name: 'Copy the install command' }));
    expect(await navigator.clipboard.readText()).toBe(COMMAND);
    expect(await within(region).findByText('Copied.')).toBeVisible();
  });

  it('follows the store as the state changes', () => {
    const { status, region } = renderStatus({ kind: 'checking' });
    act(() => useBridgeStore.setState({ state: { kind: 'no-host', extension: '0.1.0' } }));
    expect(status).toHaveTextContent('Browser extension 0.1.0 installed');
    expect(within(region).getByRole('textbox', { name: 'Install command' })).toHaveValue(COMMAND);
    act(() =>
      useBridgeStore.setState({ state: { kind: 'ready', extension: '0.1.0', host: '0.3.0' } }),
    );
    expect(status).toHaveTextContent('Bridge ready: extension 0.1.0, native host 0.3.0.');
    expect(within(region).queryByRole('textbox')).toBeNull();
  });

  it('builds the command from the origin it is given, or the page’s own', () => {
    expect(installCommand('https://pbx.example:8443')).toBe(
      'voispeed-bridge install --app-url https://pbx.example:8443/',
    );
    renderStatus({ kind: 'absent' }, 'en', 'https://pbx.example:8443');
    expect(screen.getByRole('textbox', { name: 'Install command' })).toHaveValue(
      'voispeed-bridge install --app-url https://pbx.example:8443/',
    );
  });

  it('defaults to the page’s origin', () => {
    useBridgeStore.setState({ state: { kind: 'absent' } });
    render(<BridgeStatus />);
    expect(screen.getByRole('textbox', { name: 'Install command' })).toHaveValue(
      `voispeed-bridge install --app-url ${window.location.origin}/`,
    );
  });

  it('speaks Italian', () => {
    const { status, region } = renderStatus({ kind: 'absent' }, 'it');
    expect(status.textContent).toMatch(/^Bridge non installato\. /);
    expect(within(region).getByRole('textbox', { name: 'Comando di installazione' })).toHaveValue(
      COMMAND,
    );
    expect(
      within(region).getByRole('button', { name: 'Copia il comando di installazione' }),
    ).toBeVisible();
    expect(within(region).queryByText('Install command')).toBeNull();
  });

  it('speaks Italian for the other states too', () => {
    const { status } = renderStatus({ kind: 'ready', extension: '0.1.0', host: '0.2.0' }, 'it');
    expect(status.textContent).toBe('Bridge pronto: estensione 0.1.0, host nativo 0.2.0.');
  });
});
