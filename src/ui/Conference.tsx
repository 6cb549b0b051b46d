// The three-way conference on the call cards: Merge while two answered calls are up, and on each
// merged card, words and an icon naming the other party it is merged with.
import { Merge, Users } from 'lucide-react';
import { useShallow } from 'zustand/react/shallow';
import { type CallSnapshot, partyName } from '../phone/callLine';
import { canMerge } from '../phone/conference';
import { usePhoneStore } from '../store/phoneStore';
import { usePhoneActions } from './PhoneActions';
import { shownText } from './shownText';
import { useT } from './useT';
import './conference.css';

export function MergeButton() {
  const t = useT();
  const { run } = usePhoneActions();
  const shown = usePhoneStore((s) => canMerge(s.calls));
  if (!shown) return null;
  return (
    <button
      type="button"
      className="merge"
      title={t('merge.description')}
      onClick={() => void run('merge', {})}
    >
      <Merge aria-hidden="true" />
      {t('merge')}
    </button>
  );
}

export function ConferenceNote({ call }: { call: CallSnapshot }) {
  const t = useT();
  const other = usePhoneStore(
    useShallow((s) => {
      const found = s.calls.find((c) => c.facts.callId === call.mergedWith);
      return found ? { name: partyName(found), number: found.facts.remoteNumber } : undefined;
    }),
  );
  if (call.mergedWith === undefined || call.status === 'ended') return null;
  const party = shownText(other?.name || other?.number || '');
  return (
    <p className="conference-note">
      <Users aria-hidden="true" />
      <span className="conference-badge">{t('conference.badge')}</span>
      <span className="conference-with">
        <bdi>{t('conference.with', { party })}</bdi>
      </span>
    </p>
  );
}
