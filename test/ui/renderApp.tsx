// Renders UI under test with recording fakes of the actions and the chosen language.
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { vi } from 'vitest';
import { type Language, translator } from '../../src/i18n';
import { type IntegraActions, IntegraActionsContext } from '../../src/ui/integra/IntegraActions';
import { type PhoneActions, PhoneActionsContext } from '../../src/ui/PhoneActions';
import { TranslateContext } from '../../src/ui/useT';
import { fakeRun } from './fakeRun';

export function fakeActions(): PhoneActions {
  return {
    run: fakeRun(),
    saveAccount: vi.fn(async () => ({ ok: true as const })),
    registerStoredAccount: vi.fn(),
    unregister: vi.fn(),
    dismissNotice: vi.fn(),
    chooseDevice: vi.fn(async () => {}),
    showDevices: vi.fn(async () => {}),
    allowMicrophone: vi.fn(async () => {}),
    allowNotifications: vi.fn(async () => {}),
    applyConfiguration: vi.fn(async () => ({ ok: true as const })),
    cancelConfiguration: vi.fn(),
    takePhone: vi.fn(),
  };
}

export function fakeIntegraActions(): IntegraActions {
  return {
    saveSettings: vi.fn(async () => ({ ok: true as const })),
    testRule: vi.fn(),
    openBlockedPop: vi.fn(),
    dismissBlockedPop: vi.fn(),
  };
}

export function renderWith(
  ui: ReactElement,
  actions = fakeActions(),
  language: Language = 'en',
  integra = fakeIntegraActions(),
) {
  const result = render(
    <TranslateContext.Provider value={translator(language)}>
      <PhoneActionsContext.Provider value={actions}>
        <IntegraActionsContext.Provider value={integra}>{ui}</IntegraActionsContext.Provider>
      </PhoneActionsContext.Provider>
    </TranslateContext.Provider>,
  );
  return { ...result, actions, integra };
}
