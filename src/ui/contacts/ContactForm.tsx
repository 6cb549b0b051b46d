// One contact, new or edited: name, company, numbers with labels, notes. What the phonebook
// refuses is said at once and the draft stays, so nothing typed is lost.
import { Plus, Trash2 } from 'lucide-react';
import { type FormEvent, useId, useState } from 'react';
import { Field } from '../Field';
import { useT } from '../useT';
import type { ContactDraft, ContactSave } from './Phonebook';

interface Props {
  draft: ContactDraft;
  onSave(draft: ContactDraft): Promise<ContactSave>;
  onDone(): void;
  onDelete?: () => void;
  /** The words of what the phonebook refused. */
  problemText(outcome: Extract<ContactSave, { ok: false }>): string;
}

const MAX_NUMBERS = 20;

export function ContactForm({ draft: initial, onSave, onDone, onDelete, problemText }: Props) {
  const t = useT();
  const titleId = useId();
  const [draft, setDraft] = useState<ContactDraft>(() =>
    initial.numbers.length > 0 ? initial : { ...initial, numbers: [{ label: '', number: '' }] },
  );
  const [message, setMessage] = useState('');
  const set = (next: Partial<ContactDraft>) => setDraft((d) => ({ ...d, ...next }));
  const setNumber = (index: number, next: Partial<ContactDraft['numbers'][number]>) =>
    setDraft((d) => ({
      ...d,
      numbers: d.numbers.map((n, i) => (i === index ? { ...n, ...next } : n)),
    }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // Rows left empty are not numbers: they go, rather than being refused.
    const numbers = draft.numbers.filter((n) => n.number.trim() !== '' || n.label.trim() !== '');
    const outcome = await onSave({ ...draft, numbers });
    if (outcome.ok) onDone();
    else setMessage(problemText(outcome));
  };

  return (
    <form aria-labelledby={titleId} className="contact-form" onSubmit={submit}>
      <h3 id={titleId}>{t(initial.id ? 'contacts.edit' : 'contacts.new')}</h3>
      <Field label={t('contacts.name')} value={draft.name} onChange={(name) => set({ name })} />
      <Field
        label={t('contacts.company')}
        value={draft.company}
        onChange={(company) => set({ company })}
      />
      <fieldset className="contact-numbers">
        <legend>{t('contacts.numbers')}</legend>
        {draft.numbers.map((entry, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity but their place.
          <div className="contact-number" key={index}>
            <Field
              label={t('contacts.numberN', { n: String(index + 1) })}
              value={entry.number}
              onChange={(number) => setNumber(index, { number })}
            />
            <Field
              label={t('contacts.labelN', { n: String(index + 1) })}
              value={entry.label}
              onChange={(label) => setNumber(index, { label })}
            />
            {draft.numbers.length > 1 && (
              <button
                type="button"
                className="icon"
                aria-label={t('contacts.removeNumber', { n: String(index + 1) })}
                onClick={() => set({ numbers: draft.numbers.filter((_, i) => i !== index) })}
              >
                <Trash2 aria-hidden="true" />
              </button>
            )}
          </div>
        ))}
        {draft.numbers.length < MAX_NUMBERS && (
          <button
            type="button"
            onClick={() => set({ numbers: [...draft.numbers, { label: '', number: '' }] })}
          >
            <Plus aria-hidden="true" /> {t('contacts.addNumber')}
          </button>
        )}
      </fieldset>
      <Field
        label={t('contacts.notes')}
        value={draft.notes}
        multiline
        onChange={(notes) => set({ notes })}
      />
      <div className="buttons">
        <button type="submit" className="primary">
          {t('contacts.save')}
        </button>
        <button type="button" onClick={onDone}>
          {t('contacts.cancel')}
        </button>
        {onDelete && (
          <button type="button" className="danger" onClick={onDelete}>
            {t('contacts.delete')}
          </button>
        )}
      </div>
      {message !== '' && (
        <p role="alert" className="error">
          {message}
        </p>
      )}
    </form>
  );
}
