// The controls of an answered call: hold and mute as toggles that show their state, the keypad
// for tones, transfer, and Hang up at the end of the row.
import { ArrowRightLeft, Grid3x3, MicOff, Pause, PhoneOff } from 'lucide-react';
import { useState } from 'react';
import type { CallSnapshot } from '../phone/callLine';
import { MergeButton } from './Conference';
import { Keypad } from './Keypad';
import { usePhoneActions } from './PhoneActions';
import { RecordButton } from './RecordButton';
import { TransferBox } from './TransferBox';
import { useT } from './useT';

export function CallControls({ call }: { call: CallSnapshot }) {
  const t = useT();
  const actions = usePhoneActions();
  const [open, setOpen] = useState<'none' | 'keypad' | 'transfer'>('none');
  const callId = call.facts.callId;
  const toggle = (panel: 'keypad' | 'transfer') => setOpen((o) => (o === panel ? 'none' : panel));
  return (
    <>
      <div className="buttons">
        {/* Resuming one line holds the other: the way to switch between two calls. */}
        <button
          type="button"
          className="toggle"
          aria-pressed={call.held}
          onClick={() => void actions.run(call.held ? 'resume' : 'hold', { callId })}
        >
          <Pause aria-hidden="true" />
          {t('hold')}
        </button>
        <button
          type="button"
          className="toggle"
          aria-pressed={call.muted}
          onClick={() => void actions.run('mute', { callId })}
        >
          <MicOff aria-hidden="true" />
          {t('mute')}
        </button>
        <button type="button" aria-expanded={open === 'keypad'} onClick={() => toggle('keypad')}>
          <Grid3x3 aria-hidden="true" />
          {t('keypad')}
        </button>
        <button
          type="button"
          aria-expanded={open === 'transfer'}
          onClick={() => toggle('transfer')}
        >
          <ArrowRightLeft aria-hidden="true" />
          {t('transfer')}
        </button>
        <MergeButton />
        <RecordButton callId={callId} />
        <button
          type="button"
          className="danger"
          onClick={() => void actions.run('hangUp', { callId })}
        >
          <PhoneOff aria-hidden="true" />
          {t('hangUp')}
        </button>
      </div>
      {open === 'keypad' && <Keypad callId={callId} number={call.facts.remoteNumber} />}
      {open === 'transfer' && <TransferBox call={call} />}
    </>
  );
}
