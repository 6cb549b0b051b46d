// Says "Incoming call from …" once, assertively, when a call starts ringing: the call card's own
// status is polite and would wait behind whatever the screen reader is reading.
import { partyName } from '../phone/callLine';
import { usePhoneStore } from '../store/phoneStore';
import { shownText } from './shownText';
import { useT } from './useT';

export function IncomingAnnouncer() {
  const t = useT();
  const who = usePhoneStore((s) => {
    const ringing = s.calls.findLast((c) => c.status === 'incoming');
    return ringing ? shownText(partyName(ringing)) || shownText(ringing.facts.remoteNumber) : '';
  });
  // The region is always there: a live region added together with its text is often not read.
  return (
    <p aria-live="assertive" aria-atomic="true" className="visually-hidden">
      {who && t('call.incomingAlert', { who })}
    </p>
  );
}
