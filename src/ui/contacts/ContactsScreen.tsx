// The phonebook: contacts to search, call, add, edit and delete, and vCard or CSV files to import
// and a vCard file to export. Loaded on first open, with its texts.
import { Phone, UserPlus } from 'lucide-react';
import { type ChangeEvent, useCallback, useEffect, useId, useMemo, useState } from 'react';
import { downloadText, readText } from '../../browser/textFile';
import { addEnglish } from '../../i18n';
import { en as phonebookTexts } from '../../i18n/phonebook';
import { queryTokens, searchTerms, termsMatch } from '../../storage/historySearch';
import { takePendingContact } from '../../store/contactDraftStore';
import { usePhoneActions } from '../PhoneActions';
import { isolated, shownText } from '../shownText';
import { useT } from '../useT';
import { ContactForm } from './ContactForm';
import { type Contact, type ContactDraft, usePhonebook } from './Phonebook';
import './contacts.css';

addEnglish(phonebookTexts);

/** Larger files are refused before they are read: no phonebook export is near this. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
const EXPORT_NAME = 'contacts.vcf';
const EMPTY: ContactDraft = { name: '', company: '', numbers: [], notes: '' };

type Message = { ok: boolean; text: string };

export default function ContactsScreen() {
  const t = useT();
  const phonebook = usePhonebook();
  const { run } = usePhoneActions();
  const id = useId();
  const [contacts, setContacts] = useState<Contact[] | undefined>();
  const [filter, setFilter] = useState('');
  const [editing, setEditing] = useState<ContactDraft | undefined>(takePendingContact);
  const [message, setMessage] = useState<Message | undefined>();

  const reload = useCallback(() => {
    phonebook.list().then(setContacts, () => setContacts([]));
  }, [phonebook]);
  useEffect(reload, [reload]);

  const shown = useMemo(() => matching(contacts ?? [], filter), [contacts, filter]);
  const problemText = (field: string, problem: string) =>
    t('contacts.refused', { field: fieldName(t, field), problem: t(problemKey(problem)) });

  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) {
      setMessage({ ok: false, text: t('contacts.import.tooBig') });
      return;
    }
    let text: string;
    try {
      text = await readText(file);
    } catch {
      setMessage({ ok: false, text: t('contacts.import.unreadable') });
      return;
    }
    const outcome = await phonebook.importFile({ name: file.name, text });
    if (outcome.ok) {
      setMessage({
        ok: true,
        text: t(outcome.skipped > 0 ? 'contacts.import.doneSkipped' : 'contacts.import.done', {
          added: String(outcome.added),
          skipped: String(outcome.skipped),
        }),
      });
      reload();
    } else {
      const problem = t(problemKey(outcome.problem));
      setMessage({
        ok: false,
        text:
          outcome.line > 0
            ? t('contacts.import.refusedAt', { line: String(outcome.line), problem })
            : t('contacts.import.refused', { problem }),
      });
    }
  };

  const exportFile = async () =>
    downloadText(EXPORT_NAME, await phonebook.exportVCard(), 'text/vcard');

  if (editing) {
    const existing = editing.id;
    return (
      <div className="contacts">
        <ContactForm
          draft={editing}
          onSave={(draft) => phonebook.save(draft)}
          onDone={() => {
            setEditing(undefined);
            reload();
          }}
          onDelete={
            existing
              ? () =>
                  void phonebook.remove(existing).then(() => {
                    setEditing(undefined);
                    setMessage({
                      ok: true,
                      text: t('contacts.deleted', { name: isolated(editing.name) }),
                    });
                    reload();
                  })
              : undefined
          }
          problemText={problemText}
        />
      </div>
    );
  }

  return (
    <section className="contacts" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('contacts.title')}</h2>
      <div className="contacts-tools">
        <button type="button" className="primary" onClick={() => setEditing(EMPTY)}>
          <UserPlus aria-hidden="true" /> {t('contacts.new')}
        </button>
        <button type="button" onClick={() => void exportFile()} disabled={!contacts?.length}>
          {t('contacts.export')}
        </button>
      </div>
      <div className="field">
        <label htmlFor={`${id}-file`}>{t('contacts.import')}</label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".vcf,.vcard,.csv,text/vcard,text/x-vcard,text/csv"
          aria-describedby={`${id}-formats`}
          onChange={(e) => void importFile(e)}
        />
        <p id={`${id}-formats`} className="hint">
          {t('contacts.import.formats')}
        </p>
      </div>
      {message && (
        <p role={message.ok ? 'status' : 'alert'} className={message.ok ? undefined : 'error'}>
          {message.text}
        </p>
      )}
      <div className="field">
        <label htmlFor={`${id}-filter`}>{t('contacts.filter')}</label>
        <input
          id={`${id}-filter`}
          type="search"
          value={filter}
          autoComplete="off"
          onChange={(e) => setFilter(e.target.value)}
        />
      </div>
      {contacts === undefined ? (
        <p>{t('loading')}</p>
      ) : shown.length === 0 ? (
        <p className="hint">{t(contacts.length === 0 ? 'contacts.none' : 'contacts.noMatch')}</p>
      ) : (
        <ul
          className="contact-list"
          aria-label={t('contacts.list', { count: String(shown.length) })}
        >
          {shown.map((contact) => (
            <li key={contact.id}>
              <div className="contact-who">
                <strong>
                  <bdi>{shownText(contact.name || contact.company)}</bdi>
                </strong>
                {contact.name && contact.company && (
                  <span className="company">
                    <bdi>{shownText(contact.company)}</bdi>
                  </span>
                )}
              </div>
              <div className="contact-calls">
                {contact.numbers.map((entry) => (
                  <button
                    type="button"
                    key={`${entry.label}:${entry.number}`}
                    aria-label={t('contacts.call', {
                      who: isolated(contact.name || contact.company),
                      number: isolated(entry.number),
                    })}
                    onClick={() => void run('dial', { number: entry.number })}
                  >
                    <Phone aria-hidden="true" />
                    {entry.label && <span className="label">{shownText(entry.label)}</span>}
                    <bdi>{shownText(entry.number)}</bdi>
                  </button>
                ))}
              </div>
              <button
                type="button"
                className="edit"
                aria-label={t('contacts.editOne', {
                  who: isolated(contact.name || contact.company),
                })}
                onClick={() => setEditing(contact)}
              >
                {t('contacts.editShort')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The list filtered as the history search finds: words at the start of name or company words, digits anywhere in a number. */
function matching(contacts: readonly Contact[], filter: string): Contact[] {
  const tokens = queryTokens(filter);
  if (tokens.length === 0) return [...contacts];
  return contacts.filter((contact) => {
    const who = `${contact.name} ${contact.company}`;
    const terms = contact.numbers.flatMap((entry) => searchTerms(entry.number, who));
    return termsMatch(contact.numbers.length > 0 ? terms : searchTerms('', who), tokens);
  });
}

function fieldName(t: ReturnType<typeof useT>, field: string): string {
  const number = /^numbers\[(\d+)\]/.exec(field);
  if (number) return t('contacts.numberN', { n: String(Number(number[1]) + 1) });
  if (field === 'company') return t('contacts.company');
  if (field === 'notes') return t('contacts.notes');
  return t('contacts.name');
}

function problemKey(problem: string) {
  return `contacts.problem.${problem}` as Parameters<ReturnType<typeof useT>>[0];
}
