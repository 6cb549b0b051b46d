// The phonebook: contacts to search, call, add, edit and delete, and vCard or CSV files to import
// and a vCard file to export. Loaded on first open, with its texts.
import { Phone, UserPlus } from 'lucide-react';
import { type ChangeEvent, useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { downloadText } from '../../browser/textFile';
import type { ContactProblem } from '../../contacts/contact';
import type { FileProblem } from '../../contacts/contactFile';
import { addEnglish, type MessageKey } from '../../i18n';
import { en as contactTexts } from '../../i18n/contacts';
import { en as phonebookTexts } from '../../i18n/phonebook';
import { queryTokens, searchTerms, termsMatch } from '../../storage/historySearch';
import { takePendingContact } from '../../store/contactDraftStore';
import { usePhoneActions } from '../PhoneActions';
import { isolated, shownText } from '../shownText';
import { useT } from '../useT';
import { ContactForm } from './ContactForm';
import {
  type Contact,
  type ContactDraft,
  type ContactImport,
  type ContactSave,
  usePhonebook,
} from './Phonebook';
import './contacts.css';

addEnglish(phonebookTexts);
addEnglish(contactTexts);

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
  // The phonebook answers later: an answer that comes once the screen is gone changes nothing.
  const shownNow = useRef(false);
  useEffect(() => {
    shownNow.current = true;
    return () => {
      shownNow.current = false;
    };
  }, []);
  const say = (next: Message) => {
    if (shownNow.current) setMessage(next);
  };

  const reload = useCallback(() => {
    const show = (list: Contact[]) => {
      if (shownNow.current) setContacts(list);
    };
    phonebook.list().then(show, () => show([]));
  }, [phonebook]);
  useEffect(reload, [reload]);

  const shown = useMemo(() => matching(contacts ?? [], filter), [contacts, filter]);
  const problemText = (outcome: Extract<ContactSave, { ok: false }>) =>
    t('contacts.refused', {
      problem:
        outcome.index === undefined
          ? t(problemKey(outcome.problem))
          : `${t('contacts.numberN', { n: String(outcome.index + 1) })}: ${t(problemKey(outcome.problem))}`,
    });

  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    // Cleared so that choosing the same file again, once fixed, is a change too.
    input.value = '';
    if (!file) return;
    let outcome: ContactImport;
    try {
      outcome = await phonebook.importFile(file);
    } catch (error) {
      console.error('contacts not imported', error);
      outcome = { ok: false, problem: 'not-saved', line: 0 };
    }
    if (!outcome.ok) {
      const problem = t(problemKey(outcome.problem));
      say({
        ok: false,
        text:
          outcome.line > 0
            ? t('contacts.fileRefused', { line: String(outcome.line), problem })
            : t('contacts.import.refused', { problem }),
      });
      return;
    }
    const notes = [
      t('contacts.import.done', { added: String(outcome.added) }),
      outcome.duplicates > 0 ? t('contacts.duplicates', { count: String(outcome.duplicates) }) : '',
      outcome.skipped > 0 ? t('contacts.skipped', { count: String(outcome.skipped) }) : '',
    ];
    say({ ok: true, text: notes.filter((n) => n !== '').join(' ') });
    reload();
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
                    if (!shownNow.current) return;
                    setEditing(undefined);
                    say({
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
                      who: shownText(contact.name || contact.company),
                      number: shownText(entry.number),
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
                  who: shownText(contact.name || contact.company),
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

function problemKey(problem: ContactProblem | FileProblem | 'not-saved'): MessageKey {
  return problem === 'not-saved' ? 'contacts.notSaved' : `contacts.problem.${problem}`;
}
