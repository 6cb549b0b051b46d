// "Open phone links with this app": asks the browser to hand web+voispeed:, tel: and sip: links
// to the app (`/?uri=…`), and says what each answered.
import { useState } from 'react';
import { type LinkScheme, registerLinkHandlers } from '../browser/protocolHandlers';
import { useT } from './useT';

type Registrations = ReturnType<typeof registerLinkHandlers>;

export function LinkHandlersButton({
  register = () => registerLinkHandlers(),
}: {
  /** The browser's registration; component tests pass a fake. */
  register?: () => Registrations;
}) {
  const t = useT();
  const [result, setResult] = useState<Registrations | undefined>();
  const word = (scheme: LinkScheme) => (result ? t(`handlers.${result[scheme]}`) : '');
  return (
    <section className="link-handlers">
      <button type="button" onClick={() => setResult(register())}>
        {t('handlers.button')}
      </button>
      <p role="status">
        {result &&
          t('handlers.result', { web: word('web+voispeed'), tel: word('tel'), sip: word('sip') })}
      </p>
    </section>
  );
}
