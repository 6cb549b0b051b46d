// Colleagues' lines (BLF) and the voicemail light, loaded once the setting names someone or a
// mailbox: each colleague a button that calls them, with their name from the phonebook, its
// state in words and a coloured dot; a ringing one can be picked up with the PBX's code; during a
// call, a transfer to them.
import { useEffect, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { addEnglish } from '../i18n';
import { en as colleagueTexts } from '../i18n/colleagues';
import type { ColleagueState } from '../phone/presence/dialogInfo';
import { usePhoneStore } from '../store/phoneStore';
import { usePresenceStore } from '../store/presenceStore';
import { usePhonebook } from './contacts/Phonebook';
import { usePhoneActions } from './PhoneActions';
import { shownText } from './shownText';
import { useT } from './useT';
import { Voicemail } from './Voicemail';
import './colleagues.css';

// This chunk's English comes with it (the Italian is in the Italian chunk).
addEnglish(colleagueTexts);

// The settings form comes in this chunk too: one chunk for the texts both use.
export { ColleagueSettings } from './ColleagueSettings';

export default function Colleagues() {
  const t = useT();
  const watched = usePresenceStore((s) => s.settings.watched);
  return (
    <section className="colleagues" aria-label={t('colleagues.title')}>
      <Voicemail />
      {watched.length > 0 && (
        <ul>
          {watched.map((user) => (
            <ColleagueRow key={user} user={user} />
          ))}
        </ul>
      )}
    </section>
  );
}

/** The phonebook's name for an extension, looked up when the row appears. */
function useContactName(user: string): string | undefined {
  const phonebook = usePhonebook();
  const [found, setFound] = useState<{ user: string; name: string | undefined }>();
  useEffect(() => {
    let current = true;
    phonebook.nameFor(user).then(
      (name) => {
        if (current) setFound({ user, name });
      },
      () => {},
    );
    return () => {
      current = false;
    };
  }, [phonebook, user]);
  return found?.user === user ? found.name : undefined;
}

function ColleagueRow({ user }: { user: string }) {
  const t = useT();
  const { run } = usePhoneActions();
  const { state, canPickUp } = usePresenceStore(
    useShallow((s) => s.lines[user] ?? { state: 'unknown' as ColleagueState, canPickUp: false }),
  );
  const pickupPrefix = usePresenceStore((s) => s.settings.pickupPrefix);
  // The call a transfer would move: the one in progress and not on hold.
  const callId = usePhoneStore(
    (s) => s.calls.find((c) => c.status === 'active' && !c.held)?.facts.callId,
  );
  const name = shownText(user);
  const contactName = useContactName(user);
  const shownName = contactName === undefined ? undefined : shownText(contactName);
  const stateText = t(`colleague.${state}`);
  return (
    <li className={`colleague ${state}`}>
      <button
        type="button"
        className="colleague-call"
        aria-label={
          shownName === undefined
            ? t('colleague.call', { user: name, state: stateText })
            : t('colleague.callNamed', { user: name, name: shownName, state: stateText })
        }
        onClick={() => void run('dial', { number: user })}
      >
        <span className="dot" aria-hidden="true" />
        <span className="colleague-user">{name}</span>
        {shownName !== undefined && <span className="colleague-name">{shownName}</span>}
        <span className="colleague-state">{stateText}</span>
      </button>
      {canPickUp && pickupPrefix !== '' && (
        <button
          type="button"
          aria-label={t('colleague.pickUpLabel', { user: name })}
          onClick={() => void run('dial', { number: `${pickupPrefix}${user}` })}
        >
          {t('colleague.pickUp')}
        </button>
      )}
      {callId !== undefined && (
        <button
          type="button"
          aria-label={t('colleague.transferLabel', { user: name })}
          onClick={() => void run('transfer', { callId, target: user })}
        >
          {t('colleague.transfer')}
        </button>
      )}
    </li>
  );
}
