// Everything behind the Settings button, loaded on first open: a phone that is set up starts
// without the code of its settings screens.
import { useState } from 'react';
import { AccountForm } from './AccountForm';
import { BridgeStatus } from './BridgeStatus';
import { BrowserLimits } from './BrowserLimits';
import { CallNotificationSetting } from './CallNotificationSetting';
import { DeviceSettings } from './DeviceSettings';
import { DialPlanSettings } from './hotkeys/DialPlanSettings';
import { ShortcutSettings } from './hotkeys/ShortcutSettings';
import { IntegraLog } from './integra/IntegraLog';
import { IntegraSettingsForm } from './integra/IntegraSettingsForm';
import { LinkHandlersButton } from './LinkHandlersButton';
import { SettingsTransfer } from './SettingsTransfer';

export default function SettingsPanel({ onSaved }: { onSaved: () => void }) {
  // Bumped by an import: forms keep a draft, so they start again from the imported settings.
  const [imports, setImports] = useState(0);
  return (
    <div id="settings" className="settings">
      <AccountForm key={`account-${imports}`} onSaved={onSaved} />
      <DeviceSettings />
      <CallNotificationSetting />
      <IntegraSettingsForm key={`integra-${imports}`} />
      <IntegraLog />
      <BridgeStatus />
      <ShortcutSettings key={`shortcuts-${imports}`} />
      <DialPlanSettings key={`dialPlan-${imports}`} />
      <LinkHandlersButton />
      <BrowserLimits />
      <SettingsTransfer onImported={() => setImports((n) => n + 1)} />
    </div>
  );
}
