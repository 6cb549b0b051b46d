// The controls of an answered call: hold or resume, mute, keypad, transfer.
import { useState } from 'react';
import type { CallSnapshot } from '../phone/callLine';
import { Keypad } from './Keypad';
import { usePhoneActions } from './PhoneActions';
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
        {call.held ? (
          // Resuming one line holds the other: the way to switch between two calls.
          <button
            type="button"
            className="primary"
            onClick={() => void actions.run('resume', { callId })}
          >
            {t('resume')}
          </button>
        ) : (
          <button type="button" onClick={() => void actions.run('hold', { callId })}>
            {t('hold')}
          </button>
        )}
        <button
          type="button"
          aria-pressed={call.muted}
          onClick={() => void actions.run('mute', { callId })}
        >
          {call.muted ? t('unmute') : t('mute')}
        </button>
        <button type="button" aria-expanded={open === 'keypad'} onClick={() => toggle('keypad')}>
          {t('keypad')}
        </button>
        <button
          type="button"
          aria-expanded={open === 'transfer'}
          onClick={() => toggle('transfer')}
        >
          {t('transfer')}
        </button>
        <button
          type="button"
          className="danger"
          onClick={() => void actions.run('hangUp', { callId })}
        >
          {t('hangUp')}
        </button>
      </div>
      {open === 'keypad' && <Keypad callId={callId} number={call.facts.remoteNumber} />}
      {open === 'transfer' && <TransferBox call={call} />}
    </>
  );
}
