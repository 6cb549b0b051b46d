// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_INTEGRA_SETTINGS } from '../../src/integra/rule';
import { addBlockedPop, logAction, useIntegraStore } from '../../src/store/integraStore';
import { IntegraLog } from '../../src/ui/integra/IntegraLog';
import { IntegraSettingsForm } from '../../src/ui/integra/IntegraSettingsForm';
import { PopBanners } from '../../src/ui/integra/PopBanners';
import { fakeActions, fakeIntegraActions, renderWith } from './renderApp';

const initial = useIntegraStore.getState();
beforeEach(() => useIntegraStore.setState(initial, true));

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
    const { integra } = renderWith(<IntegraSettingsForm />);
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

    expect(integra.saveSettings).toHaveBeenCalledWith(
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
    const integra = fakeIntegraActions();
    vi.mocked(integra.saveSettings).mockResolvedValue({
      ok: false,
      field: 'internalPattern',
      problem: 'slow-pattern',
    });
    renderWith(<IntegraSettingsForm />, fakeActions(), 'en', integra);
    await user.click(screen.getByRole('button', { name: 'Save INTEGRA settings' }));
    expect(await screen.findByRole('status')).toHaveTextContent(
      'INTEGRA settings not saved: internalPattern could make the browser hang',
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
