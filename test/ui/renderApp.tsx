// Renders UI under test with recording fakes of the actions (or a real settings service, for
// tests of what is stored) and the chosen language.
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { vi } from 'vitest';
import type { Language } from '../../src/i18n';
import { type IntegraActions, IntegraActionsContext } from '../../src/ui/integra/IntegraActions';
import { type PhoneActions, PhoneActionsContext } from '../../src/ui/PhoneActions';
import { type SettingsActions, SettingsActionsContext } from '../../src/ui/SettingsActions';
import { TranslateContext } from '../../src/ui/useT';
import { ACCOUNT } from '../phone/fakeSip';
import { translator } from '../translator';
import { fakeRun } from './fakeRun';

export function fakeActions(): PhoneActions {
  return {
    run: fakeRun(),
    unregister: vi.fn(),
    dismissNotice: vi.fn(),
    chooseDevice: vi.fn(async () => {}),
    allowMicrophone: vi.fn(async () => {}),
    allowNotifications: vi.fn(async () => {}),
    pickCallOutput: vi.fn(async () => true),
    applyConfiguration: vi.fn(async () => ({ ok: true as const, value: ACCOUNT })),
    cancelConfiguration: vi.fn(),
    takePhone: vi.fn(),
  };
}

export function fakeIntegraActions(): IntegraActions {
  return {
    testRule: vi.fn(),
    openBlockedPop: vi.fn(),
    dismissBlockedPop: vi.fn(),
  };
}

/** Saves that succeed with the draft as given, stored nowhere. */
export function fakeSettingsActions(): SettingsActions {
  const save = vi.fn(async (_part: string, draft: unknown) => ({ ok: true, value: draft }));
  return {
    save: save as SettingsActions['save'],
    importFile: vi.fn(async () => ({ ok: true as const, value: {} })),
    exportFile: vi.fn(() => '{}'),
    current: vi.fn(() => ({})),
  };
}

export function renderWith(
  ui: ReactElement,
  actions = fakeActions(),
  language: Language = 'en',
  integra = fakeIntegraActions(),
  settings = fakeSettingsActions(),
) {
  const result = render(
    <TranslateContext.Provider value={translator(language)}>
      <PhoneActionsContext.Provider value={actions}>
        <IntegraActionsContext.Provider value={integra}>
          <SettingsActionsContext.Provider value={settings}>{ui}</SettingsActionsContext.Provider>
        </IntegraActionsContext.Provider>
      </PhoneActionsContext.Provider>
    </TranslateContext.Provider>,
  );
  return { ...result, actions, integra, settings };
}
