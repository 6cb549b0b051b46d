// One section of the settings screen: a heading that is the button opening it, a line saying
// what is inside, and the contents. Closed contents stay mounted (hidden), so a half-typed form
// keeps its draft while another section is open.
import { ChevronDown } from 'lucide-react';
import type { ReactNode } from 'react';
import { useT } from './useT';

export type SectionKey =
  | 'account'
  | 'audio'
  | 'integra'
  | 'callerNames'
  | 'bridge'
  | 'shortcuts'
  | 'dialPlan'
  | 'colleagues'
  | 'links'
  | 'browser'
  | 'transfer';

interface Props {
  section: SectionKey;
  open: boolean;
  onToggle(): void;
  children: ReactNode;
}

export function SettingsSection({ section, open, onToggle, children }: Props) {
  const t = useT();
  const id = `settings-${section}`;
  return (
    <section className={`settings-section${open ? ' open' : ''}`}>
      <h2>
        <button
          type="button"
          id={`${id}-button`}
          aria-expanded={open}
          aria-controls={id}
          onClick={onToggle}
        >
          <span className="section-title">{t(`section.${section}`)}</span>
          <span className="section-desc">{t(`section.${section}.desc`)}</span>
          <ChevronDown aria-hidden="true" className="chevron" />
        </button>
      </h2>
      <section id={id} aria-labelledby={`${id}-button`} hidden={!open}>
        {children}
      </section>
    </section>
  );
}
