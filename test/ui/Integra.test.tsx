// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { SettingsProblem } from '../../src/integra/checkSettings';
import { DEFAULT_INTEGRA_SETTINGS } from '../../src/integra/rule';
import { addBlockedPop, logAction, useIntegraStore } from '../../src/store/integraStore';
import { IntegraLog } from '../../src/ui/integra/IntegraLog';
import { IntegraSettingsForm } from '../../src/ui/integra/IntegraSettingsForm';
import { PopBanners } from '../../src/ui/integra/PopBanners';
import { fakeActions, fakeSettingsActions, renderWith } from './renderApp';

const initial = useIntegraStore.getState();
beforeEach(() => useIntegraStore.setState(initial, true));

/** Settings whose save refuses the draft at `field` (a path from the part's key). */
function refusing(field: string, problem: SettingsProblem, detail?: string) {
  const settings = fakeSettingsActions();
  const error = { ok: false as const, field, problem, ...(detail ? { detail } : {}) };
  vi.mocked(settings.save).mockResolvedValue({ ok: false, refused: 'invalid', error });
  return settings;
}

const EVENT_LABELS = [
  'On call in',
  'On forward in',
  'On call out',
  'On call accept',
  'On call close',
  'On call activate',
  'On busy',
];

describe('Integra settings', () => {
  it("keeps the original's labels and saves a new rule as edited", async () => {
    const user = userEvent.setup();
    const { settings } = renderWith(<IntegraSettingsForm />);
    const form = screen.getByRole('form', { name: 'INTEGRA' });
    await user.click(within(form).getByRole('checkbox', { name: 'Enable INTEGRA' }));
    await user.click(within(form).getByRole('button', { name: 'Add rule' }));
    const rule = within(form).getByRole('group', { name: 'Rule 1' });
    for (const label of EVENT_LABELS) {
      expect(within(rule).getByRole('checkbox', { name: label })).toBeInTheDocument();
    }
    await user.selectOptions(within(rule).getByLabelText('Action'), 'Background request (GET)');
    await user.type(
      within(rule).getByLabelText('Command to execute'),
      'https://crm.example/?n=!01',
    );
    await user.click(within(rule).getByRole('checkbox', { name: 'Only on external calls' }));
    await user.click(within(rule).getByRole('checkbox', { name: 'On call close' }));
    await user.click(within(form).getByRole('button', { name: 'Save INTEGRA settings' }));

    expect(settings.save).toHaveBeenCalledWith(
      'integra',
      expect.objectContaining({
        enabled: true,
        rules: [
          expect.objectContaining({
            kind: 'get',
            command: 'https://crm.example/?n=!01',
            onlyExternal: true,
            events: ['CALL_IN', 'CALL_CLOSE'],
          }),
        ],
      }),
    );
    expect(await within(form).findByRole('status')).toHaveTextContent('INTEGRA settings saved.');
  });

  it('says which field is wrong when the settings are refused', async () => {
    const user = userEvent.setup();
    const settings = refusing('integra.internalPattern', 'slow-pattern');
    renderWith(<IntegraSettingsForm />, fakeActions(), 'en', undefined, settings);
    await user.click(screen.getByRole('button', { name: 'Save INTEGRA settings' }));
    expect(await screen.findByRole('status')).toHaveTextContent(
      'INTEGRA settings not saved: internalPattern could make the browser hang',
    );
  });

  it.each([
    [
      'en',
      'placeholder-in-address',
      'INTEGRA settings not saved: rules[0].command has !01 where the scheme or the server name goes',
    ],
    ['en', 'unknown-placeholder', 'rules[0].command uses an unknown placeholder !01.'],
    ['it', 'unknown-placeholder', 'rules[0].command usa un segnaposto sconosciuto !01.'],
  ] as const)(
    'names the placeholder of a refused command (%s, %s)',
    async (language, problem, text) => {
      const user = userEvent.setup();
      const settings = refusing('integra.rules[0].command', problem, '!01');
      renderWith(<IntegraSettingsForm />, fakeActions(), language, undefined, settings);
      const save = language === 'en' ? 'Save INTEGRA settings' : 'Salva le impostazioni INTEGRA';
      await user.click(screen.getByRole('button', { name: save }));
      expect(await screen.findByRole('status')).toHaveTextContent(text);
    },
  );

  it('says a command must be an http address, without naming a placeholder', async () => {
    const user = userEvent.setup();
    const settings = refusing('integra.rules[1].command', 'not-http-url');
    renderWith(<IntegraSettingsForm />, fakeActions(), 'en', undefined, settings);
    await user.click(screen.getByRole('button', { name: 'Save INTEGRA settings' }));
    expect(await screen.findByRole('status')).toHaveTextContent(
      'INTEGRA settings not saved: rules[1].command must start with http:// or https:// and a server name.',
    );
  });

  it('tests a rule from its Test button', async () => {
    const user = userEvent.setup();
    const rule = { ...DEFAULT_INTEGRA_SETTINGS, rules: [] };
    useIntegraStore.setState({ settings: rule });
    const { integra } = renderWith(<IntegraSettingsForm />);
    await user.click(screen.getByRole('button', { name: 'Add rule' }));
    await user.click(screen.getByRole('button', { name: 'Test rule 1' }));
    expect(integra.testRule).toHaveBeenCalledWith(expect.objectContaining({ kind: 'open' }));
  });

  it('reads in Italian', () => {
    renderWith(<IntegraSettingsForm />, fakeActions(), 'it');
    expect(screen.getByRole('checkbox', { name: 'Abilita INTEGRA' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Aggiungi regola' })).toBeInTheDocument();
  });
});

describe('Integra log and blocked pops', () => {
  it('lists actions with their outcome in words', () => {
    logAction({
      at: Date.now(),
      event: 'CALL_IN',
      rule: 'CRM',
      command: 'https://crm.example/?n=100',
      outcome: { kind: 'bridge', outcome: { ok: false, error: 'not-installed' } },
    });
    renderWith(<IntegraLog />);
    const log = screen.getByRole('region', { name: 'INTEGRA log' });
    expect(within(log).getByRole('listitem')).toHaveTextContent(
      /CALL_IN CRM: bridge not installed/,
    );
  });

  it.each([
    [
      { type: 'not-a-bridge-rule' },
      'refused: a shell rule names a rule of the bridge’s own file, such as crm-log',
    ],
    [
      { type: 'unsafe-url-value', placeholder: '!{display_name}', value: '..' },
      'refused: the value ".." of !{display_name} cannot go into the address unchanged',
    ],
    [
      { type: 'too-long', part: 'command', max: 8000, placeholder: '!{display_name}' },
      'refused: the value of !{display_name} makes the result too long',
    ],
    [
      { type: 'placeholder-in-address', placeholder: '!01' },
      'refused: !01 stands where the scheme or the server name goes',
    ],
    [{ type: 'unknown-placeholder', name: '!99' }, 'refused: unknown placeholder !99'],
  ] as const)('logs a refusal naming the value: %j', (error, text) => {
    logAction({
      at: Date.now(),
      event: 'CALL_IN',
      rule: 'CRM',
      command: '',
      outcome: { kind: 'refused', error },
    });
    renderWith(<IntegraLog />);
    const log = screen.getByRole('region', { name: 'INTEGRA log' });
    expect(within(log).getByRole('listitem')).toHaveTextContent(text);
  });

  it('offers a blocked pop until it is opened', async () => {
    const user = userEvent.setup();
    const id = addBlockedPop({ url: 'https://crm.example/', rule: 'CRM', remoteNumber: '100' });
    const { integra } = renderWith(<PopBanners />);
    expect(screen.getByRole('alert')).toHaveTextContent(
      'The browser blocked the CRM window of "CRM" for 100.',
    );
    await user.click(screen.getByRole('button', { name: 'Open CRM window' }));
    expect(integra.openBlockedPop).toHaveBeenCalledWith(id);
  });
});
