// One call as a card: who, its state as an icon, a colour and words, how long it has lasted, the
// digits the other side sent, and its buttons. Answer is green and Hang up red, always at the end.
import {
  type LucideIcon,
  Pause,
  Phone,
  PhoneCall,
  PhoneIncoming,
  PhoneMissed,
  PhoneOff,
  PhoneOutgoing,
} from 'lucide-react';
import type { Translate } from '../i18n';
import { type CallSnapshot, partyName } from '../phone/callLine';
import { AutoAnswerNote } from './AutoAnswerNote';
import { CallControls } from './CallControls';
import { ConferenceNote } from './Conference';
import { formatDuration } from './format';
import { usePhoneActions } from './PhoneActions';
import { RecordingIndicator } from './RecordingIndicator';
import { shownText } from './shownText';
import { CallSound } from './sound/CallSound';
import { useNow } from './useNow';
import { useT } from './useT';

export function CallPanel({ call }: { call: CallSnapshot }) {
  const t = useT();
  const actions = usePhoneActions();
  const { callId } = call.facts;
  const remoteNumber = shownText(call.facts.remoteNumber);
  const remoteName = shownText(partyName(call));
  const look = lookOf(call);
  // A missed call ends with its own icon; every other state has the one of its look.
  const StateIcon = call.endCause === 'missed' ? PhoneMissed : ICONS[look];

  return (
    <section
      aria-label={t('callWith', { number: remoteNumber })}
      className={`call-panel ${call.status} look-${look}`}
    >
      <div className="call-head">
        <span className="state-icon" aria-hidden="true">
          <StateIcon />
        </span>
        <div className="party">
          {/* bdi: a caller's bidi override cannot reorder the text around it. */}
          <strong>
            <bdi>{remoteName || remoteNumber}</bdi>
          </strong>
          {remoteName && (
            <span className="number">
              <bdi>{remoteNumber}</bdi>
            </span>
          )}
        </div>
        {call.status === 'active' && call.answeredAt !== undefined && (
          <CallTimer since={call.answeredAt} />
        )}
      </div>
      {/* Words only: the timer beside it would have a screen reader read every second. */}
      <p role="status" aria-label={t('callStatus')} className="call-state">
        {statusText(call, t)}
      </p>
      {call.status === 'incoming' && <AutoAnswerNote callId={callId} />}
      <ConferenceNote call={call} />
      {call.receivedDigits !== '' && (
        <p className="digits">
          <span className="label" aria-hidden="true">
            {t('call.digitsLabel')}
          </span>{' '}
          <span role="status" aria-label={t('receivedDigits')}>
            {call.receivedDigits}
          </span>
        </p>
      )}
      {call.status === 'active' && <RecordingIndicator callId={callId} />}
      {call.status === 'active' && <CallSound callId={callId} />}
      {call.status === 'active' && <CallControls call={call} />}
      {call.status !== 'ended' && call.status !== 'active' && (
        <div className="buttons">
          {call.status === 'incoming' && (
            <>
              <button
                type="button"
                className="answer"
                onClick={() => void actions.run('answer', { callId })}
              >
                <Phone aria-hidden="true" />
                {t('answer')}
              </button>
              <button
                type="button"
                className="danger"
                onClick={() => void actions.run('decline', { callId })}
              >
                <PhoneOff aria-hidden="true" />
                {t('decline')}
              </button>
            </>
          )}
          {call.status !== 'incoming' && (
            <button
              type="button"
              className="danger"
              onClick={() => void actions.run('hangUp', { callId })}
            >
              <PhoneOff aria-hidden="true" />
              {t('hangUp')}
            </button>
          )}
        </div>
      )}
    </section>
  );
}

/** `role="timer"` is not live: a screen reader reads it when asked, not every second. */
function CallTimer({ since }: { since: number }) {
  const t = useT();
  const now = useNow(1000, true);
  return (
    <span role="timer" aria-label={t('call.duration')} className="timer">
      {formatDuration(Math.max(0, now - since) / 1000)}
    </span>
  );
}

type Look = 'incoming' | 'outgoing' | 'talking' | 'held' | 'ended';

/** The card's colour and icon: ringing in, ringing out, talking, held, or over. */
function lookOf(call: CallSnapshot): Look {
  if (call.status === 'ended') return 'ended';
  if (call.status === 'incoming') return 'incoming';
  if (call.status !== 'active') return 'outgoing';
  return call.held || call.remoteHeld ? 'held' : 'talking';
}

const ICONS: Record<Look, LucideIcon> = {
  incoming: PhoneIncoming,
  outgoing: PhoneOutgoing,
  talking: PhoneCall,
  held: Pause,
  ended: PhoneOff,
};

/** The call's state in words: its end cause, or whether it is held, muted, being transferred. */
function statusText(call: CallSnapshot, t: Translate): string {
  if (call.status === 'ended') return t(`cause.${call.endCause ?? 'failed'}`);
  if (call.status !== 'active' || call.answeredAt === undefined) return t(`status.${call.status}`);
  const parts = [t('status.active')];
  if (call.reconnecting) parts.push(`· ${t('status.reconnecting')}`);
  if (call.held) parts.push(`· ${t('status.held')}`);
  if (call.remoteHeld) parts.push(`· ${t('status.remoteHeld')}`);
  if (call.muted) parts.push(`· ${t('status.muted')}`);
  if (call.transfer === 'pending') parts.push(`· ${t('status.transferring')}`);
  if (call.transfer === 'failed') parts.push(`· ${t('status.transferFailed')}`);
  return parts.join(' ');
}
