// What the settings screens may ask for: one save for every part, and the settings file. The app
// provides the settings service; component tests a fake or a real one over fake-indexeddb.
import { createContext, useContext } from 'react';
import type { Settings } from '../settings/settingsService';

/** The settings service less its start-up load (settingsService.ts says what each does). */
export type SettingsActions = Pick<Settings, 'save' | 'importFile' | 'exportFile' | 'current'>;

export const SettingsActionsContext = createContext<SettingsActions | null>(null);

export function useSettingsActions(): SettingsActions {
  const actions = useContext(SettingsActionsContext);
  if (!actions) throw new Error('useSettingsActions outside SettingsActionsContext');
  return actions;
}
