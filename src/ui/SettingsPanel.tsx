// Everything behind the Settings button, loaded on first open: a phone that is set up starts
// without the code of its settings screens.
import { AccountForm } from './AccountForm';
import { IntegraLog } from './integra/IntegraLog';
import { IntegraSettingsForm } from './integra/IntegraSettingsForm';

export default function SettingsPanel({ onSaved }: { onSaved: () => void }) {
  return (
    <div id="settings" className="settings">
      <AccountForm onSaved={onSaved} />
      <IntegraSettingsForm />
      <IntegraLog />
    </div>
  );
}
