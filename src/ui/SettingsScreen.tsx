// The settings screen, loaded on first open: a phone that is set up starts without its code.
// Sections open one at a time, the account first.
import { lazy, type ReactNode, Suspense, useState } from 'react';
import { addEnglish } from '../i18n';
import { en as phonebookTexts } from '../i18n/phonebook';
import { AccountForm } from './AccountForm';
import { AutoAnswerSettings } from './AutoAnswerSettings';
import { BridgeStatus } from './BridgeStatus';
import { BrowserLimits } from './BrowserLimits';
import { CallerNameSettings } from './CallerNameSettings';
import { CallNotificationSetting } from './CallNotificationSetting';
import { DeviceSettings } from './DeviceSettings';
import { DialPlanSettings } from './hotkeys/DialPlanSettings';
import { ShortcutSettings } from './hotkeys/ShortcutSettings';
import { IntegraLog } from './integra/IntegraLog';
import { IntegraSettingsForm } from './integra/IntegraSettingsForm';
import { LinkHandlersButton } from './LinkHandlersButton';
import { RecordingSetting } from './RecordingSetting';
import { type SectionKey, SettingsSection } from './SettingsSection';
import { SettingsTransfer } from './SettingsTransfer';
import { RingtoneSettings } from './sound/RingtoneSettings';

// This screen's English comes with its code.
addEnglish(phonebookTexts);
// With the colleagues panel's chunk, which carries the texts both use.
const ColleagueSettings = lazy(() =>
  import('./Colleagues').then(({ ColleagueSettings }) => ({ default: ColleagueSettings })),
);

export default function SettingsScreen() {
  // Bumped by an import: forms keep a draft, so they start again from the imported settings.
  const [imports, setImports] = useState(0);
  const [open, setOpen] = useState<SectionKey | undefined>('account');
  const section = (key: SectionKey, children: ReactNode) => (
    <SettingsSection
      section={key}
      open={open === key}
      onToggle={() => setOpen((o) => (o === key ? undefined : key))}
    >
      {children}
    </SettingsSection>
  );
  return (
    <div id="settings" className="settings">
      {section('account', <AccountForm key={`account-${imports}`} mode="settings" />)}
      {section(
        'audio',
        <>
          <DeviceSettings />
          <RingtoneSettings key={`ringtone-${imports}`} />
          <CallNotificationSetting />
          <AutoAnswerSettings key={`autoAnswer-${imports}`} />
          <RecordingSetting key={`recording-${imports}`} />
        </>,
      )}
      {section(
        'integra',
        <>
          <IntegraSettingsForm key={`integra-${imports}`} />
          <IntegraLog />
        </>,
      )}
      {section('callerNames', <CallerNameSettings key={`callerNames-${imports}`} />)}
      {section('bridge', <BridgeStatus />)}
      {section('shortcuts', <ShortcutSettings key={`shortcuts-${imports}`} />)}
      {section('dialPlan', <DialPlanSettings key={`dialPlan-${imports}`} />)}
      {section(
        'colleagues',
        <Suspense>
          <ColleagueSettings key={`colleagues-${imports}`} />
        </Suspense>,
      )}
      {section('links', <LinkHandlersButton />)}
      {section('browser', <BrowserLimits />)}
      {section('transfer', <SettingsTransfer onImported={() => setImports((n) => n + 1)} />)}
    </div>
  );
}
