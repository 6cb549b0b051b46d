// Renders UI under test with a recording fake of PhoneActions and the chosen language.
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { vi } from 'vitest';
import { type Language, translator } from '../../src/ui/i18n';
import { type PhoneActions, PhoneActionsContext } from '../../src/ui/PhoneActions';
import { TranslateContext } from '../../src/ui/useT';

export function fakeActions(): PhoneActions {
  return {
    dial: vi.fn(() => true),
    answer: vi.fn(),
    decline: vi.fn(),
    hangup: vi.fn(),
    saveAccount: vi.fn(async () => true),
    unregister: vi.fn(),
    dismissNotice: vi.fn(),
  };
}

export function renderWith(ui: ReactElement, actions = fakeActions(), language: Language = 'en') {
  const result = render(
    <TranslateContext.Provider value={translator(language)}>
      <PhoneActionsContext.Provider value={actions}>{ui}</PhoneActionsContext.Provider>
    </TranslateContext.Provider>,
  );
  return { ...result, actions };
}
