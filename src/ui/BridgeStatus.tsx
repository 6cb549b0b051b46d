// The bridge in the settings: whether the extension and its native host answer, their versions,
// and, while either is missing, the one command that installs the host for this user.
import { useId, useState } from 'react';
import { writeClipboardText } from '../browser/clipboard';
import { type BridgeState, useBridgeStore } from '../store/bridgeStore';
import { useT } from './useT';

/** The host's install command for this app's address (docs/bridge.md). */
export function installCommand(origin: string): string {
  return `voispeed-bridge install --app-url ${origin}/`;
}

export function BridgeStatus({ origin = window.location.origin }: { origin?: string }) {
  const t = useT();
  const state = useBridgeStore((s) => s.state);
  const commandId = useId();
  const [copied, setCopied] = useState(false);
  const command = installCommand(origin);
  return (
    <section aria-labelledby="bridge-title" className="bridge">
      <h3 id="bridge-title">{t('bridge.title')}</h3>
      <p role="status">{stateText(state, t)}</p>
      {(state.kind === 'absent' || state.kind === 'no-host') && (
        <div className="field">
          <p>{t('bridge.install')}</p>
          <label htmlFor={commandId}>{t('bridge.installCommand')}</label>
          <input
            id={commandId}
            readOnly
            value={command}
            spellCheck={false}
            onFocus={(e) => e.currentTarget.select()}
          />
          <button type="button" onClick={async () => setCopied(await writeClipboardText(command))}>
            {t('bridge.copy')}
          </button>
          {copied && <span>{t('bridge.copied')}</span>}
        </div>
      )}
    </section>
  );
}

function stateText(state: BridgeState, t: ReturnType<typeof useT>): string {
  switch (state.kind) {
    case 'checking':
      return t('bridge.checking');
    case 'absent':
      return t('bridge.absent');
    case 'no-host':
      return t('bridge.noHost', { extension: state.extension });
    case 'ready':
      return t('bridge.ready', { extension: state.extension, host: state.host });
  }
}
