// The number to call, its Call button and the dial pad. The pad shows while no call is live and
// folds away during calls (each call has its own keypad for tones); a button brings it back.
// The focus-dial-box shortcut and the manifest's dial view find the field as `.dial input`.
// As the user types, contacts and numbers from the history are suggested (a combobox): a name
// typed calls the first suggestion with Enter, a number typed calls that number unless a
// suggestion was picked with the arrow keys.
import { Delete, Grid3x3, Phone } from 'lucide-react';
import { type ClipboardEvent, type FormEvent, type KeyboardEvent, useId, useState } from 'react';
import { pastedDialText, toPhoneNumber } from '../phone/dialString';
import { usePhoneStore } from '../store/phoneStore';
import { type DialMatch, usePhonebook } from './contacts/Phonebook';
import { DialPad } from './DialPad';
import { usePhoneActions } from './PhoneActions';
import { shownText } from './shownText';
import { useDialSuggestions } from './useDialSuggestions';
import { useT } from './useT';

export function DialBox() {
  const t = useT();
  const actions = usePhoneActions();
  const phonebook = usePhonebook();
  const [number, setNumber] = useState('');
  const [padChoice, setPadChoice] = useState<boolean | undefined>(undefined);
  const idle = usePhoneStore((s) => s.calls.every((c) => c.status === 'ended'));
  const padShown = padChoice ?? idle;
  const id = useId();
  const matches = useDialSuggestions(number);
  // -1: none picked. Typing starts again from none.
  const [active, setActive] = useState(-1);
  const [listOpen, setListOpen] = useState(true);
  const shown = listOpen && matches.length > 0;
  const type = (text: string) => {
    setNumber(text);
    setActive(-1);
    setListOpen(true);
  };

  const dial = async (target: string) => {
    if ((await actions.run('dial', { number: target })).ok) type('');
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const picked = shown ? matches[active] : undefined;
    if (picked || toPhoneNumber(number) !== undefined || !listOpen) {
      await dial(picked?.number ?? number);
      return;
    }
    // A name finds its number: the first match, asked for now if Enter came before the list.
    const first = matches[0] ?? (await phonebook.search(number, 1).catch(() => []))[0];
    await dial(first?.number ?? number);
  };
  const keyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Escape' && shown) {
      event.preventDefault();
      setListOpen(false);
      setActive(-1);
      return;
    }
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    if (matches.length === 0) return;
    event.preventDefault();
    setListOpen(true);
    const step = event.key === 'ArrowDown' ? 1 : -1;
    setActive((a) => Math.max(-1, Math.min(matches.length - 1, a + step)));
  };
  const paste = (event: ClipboardEvent<HTMLInputElement>) => {
    const kept = pastedDialText(event.clipboardData.getData('text'));
    if (kept === undefined) return;
    event.preventDefault();
    const field = event.currentTarget;
    const start = field.selectionStart ?? number.length;
    const end = field.selectionEnd ?? number.length;
    type(number.slice(0, start) + kept + number.slice(end));
  };
  const listId = `${id}-matches`;
  const optionId = (index: number) => `${id}-match-${index}`;

  return (
    <form className="dial" onSubmit={(event) => void submit(event)}>
      <div className="dial-row">
        <label htmlFor={id} className="visually-hidden">
          {t('numberToCall')}
        </label>
        <input
          id={id}
          type="text"
          inputMode="tel"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={shown}
          aria-controls={listId}
          aria-activedescendant={shown && active >= 0 ? optionId(active) : undefined}
          autoComplete="off"
          placeholder={t('numberToCall')}
          value={number}
          onChange={(e) => type(e.target.value)}
          onKeyDown={keyDown}
          onPaste={paste}
        />
        {number !== '' && (
          <button type="button" className="icon erase" onClick={() => type(number.slice(0, -1))}>
            <Delete aria-hidden="true" />
            <span className="visually-hidden">{t('dialPad.delete')}</span>
          </button>
        )}
        <button type="submit" className="primary call">
          <Phone aria-hidden="true" />
          {t('call')}
        </button>
        {!idle && (
          <button
            type="button"
            className="icon"
            aria-expanded={padShown}
            onClick={() => setPadChoice(!padShown)}
          >
            <Grid3x3 aria-hidden="true" />
            <span className="visually-hidden">{t('dialPad.show')}</span>
          </button>
        )}
      </div>
      <div
        id={listId}
        role="listbox"
        aria-label={t('dial.suggestions')}
        className="dial-matches"
        hidden={!shown}
      >
        {shown &&
          matches.map((match, index) => (
            // The input keeps the focus: a click picks the option without moving it there.
            // biome-ignore lint/a11y/useKeyWithClickEvents: the arrow keys in the input choose options.
            <div
              key={`${match.source}:${match.number}`}
              id={optionId(index)}
              role="option"
              tabIndex={-1}
              aria-selected={index === active}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => void dial(match.number)}
            >
              <MatchText match={match} />
            </div>
          ))}
      </div>
      {padShown && <DialPad press={(key) => type(number + key)} />}
    </form>
  );
}

function MatchText({ match }: { match: DialMatch }) {
  const t = useT();
  const name = shownText(match.name);
  return (
    <>
      <span className="match-name">
        <bdi>{name || shownText(match.number)}</bdi>
        {match.company && (
          <span className="match-company">
            {' · '}
            <bdi>{shownText(match.company)}</bdi>
          </span>
        )}
      </span>
      <span className="match-number">
        <span className="visually-hidden">, </span>
        {match.label && `${shownText(match.label)} `}
        <bdi>{shownText(match.number)}</bdi>
        <span className="visually-hidden">
          {', '}
          {t(match.source === 'contact' ? 'dial.fromContacts' : 'dial.fromHistory')}
        </span>
      </span>
    </>
  );
}
