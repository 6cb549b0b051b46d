// The first run: a short setup of the account, loaded on demand. It stays on screen until the
// phone is registered, saying why when it is not; everything else is one click away.
import { showScreen } from '../store/screenStore';
import { AccountForm } from './AccountForm';
import { useT } from './useT';

export default function FirstRun() {
  const t = useT();
  return (
    <section className="setup" aria-labelledby="setup-title">
      <h2 id="setup-title">{t('setup.title')}</h2>
      <p className="hint">{t('setup.intro')}</p>
      <AccountForm mode="setup" />
      <p>
        <button type="button" className="link" onClick={() => showScreen('settings')}>
          {t('setup.allSettings')}
        </button>
      </p>
    </section>
  );
}
