// @vitest-environment jsdom
// The contacts screen over the real phonebook (fake-indexeddb): a vCard file imported whole or
// not at all, contacts searched, called, edited and deleted, a history row's number added.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { createPhonebook } from '../../src/contacts/phonebookService';
import { DEFAULT_DIAL_PLAN } from '../../src/numbers/dialPlanDefaults';
import { addToContacts } from '../../src/store/contactDraftStore';
import ContactsScreen from '../../src/ui/contacts/ContactsScreen';
import { PhonebookContext } from '../../src/ui/contacts/Phonebook';
import { freshDatabase } from '../storage/freshDatabase';
import { renderWith } from './renderApp';

const VCARD = [
  'BEGIN:VCARD',
  'VERSION:3.0',
  'FN:Mario Rossi',
  'ORG:Rossi Impianti',
  'TEL;TYPE=CELL:+39 333 123 4567',
  'TEL;TYPE=WORK:02 6161 616',
  'END:VCARD',
  'BEGIN:VCARD',
  'VERSION:4.0',
  'FN:<img src=x onerror=alert(1)>',
  'TEL:101',
  'END:VCARD',
].join('\r\n');

function renderScreen() {
  const phonebook = createPhonebook(() => DEFAULT_DIAL_PLAN);
  const result = renderWith(
    <PhonebookContext.Provider value={phonebook}>
      <ContactsScreen />
    </PhonebookContext.Provider>,
  );
  return { ...result, phonebook };
}

// jsdom's Blob has no arrayBuffer(), which every browser's has: it reads through FileReader here.
if (!Blob.prototype.arrayBuffer) {
  Blob.prototype.arrayBuffer = function (this: Blob) {
    return new Promise<ArrayBuffer>((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as ArrayBuffer);
      reader.onerror = () => reject(reader.error);
      reader.readAsArrayBuffer(this);
    });
  };
}

const file = (text: string) => new File([text], 'contacts.vcf', { type: 'text/vcard' });
const list = () => screen.getByRole('list', { name: /^Contacts, / });

beforeEach(async () => {
  await freshDatabase();
});

describe('the contacts screen', () => {
  it('imports a vCard file, lists its contacts as text, and calls a number', async () => {
    const user = userEvent.setup();
    const { actions, phonebook } = renderScreen();
    await screen.findByText('No contacts yet. Add one, or import a vCard or CSV file.');
    await user.upload(screen.getByLabelText('Import contacts from a file'), file(VCARD));
    expect(await screen.findByRole('status')).toHaveTextContent('2 contacts imported.');
    const rows = within(list()).getAllByRole('listitem');
    expect(rows.map((row) => row.querySelector('strong')?.textContent)).toEqual([
      '<img src=x onerror=alert(1)>',
      'Mario Rossi',
    ]);
    expect(document.querySelector('img')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Call Mario Rossi at 026161616' }));
    expect(actions.run).toHaveBeenCalledWith('dial', { number: '026161616' });
    expect(await phonebook.nameFor('+39 02 6161616')).toBe('Mario Rossi');
  });

  it('refuses a broken file naming the line, and keeps nothing of it', async () => {
    const user = userEvent.setup();
    const { phonebook } = renderScreen();
    const broken = `${VCARD}\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nFN:Half\r\nTEL:102\r\n`;
    await user.upload(screen.getByLabelText('Import contacts from a file'), file(broken));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /^Nothing was imported\. Line \d+: /,
    );
    expect(await phonebook.list()).toEqual([]);
  });

  it('adds, filters, edits and deletes a contact', async () => {
    const user = userEvent.setup();
    const { phonebook } = renderScreen();
    await user.click(await screen.findByRole('button', { name: 'New contact' }));
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Anna Bianchi');
    await user.type(screen.getByRole('textbox', { name: 'Number 1' }), 'not a number');
    await user.click(screen.getByRole('button', { name: 'Save contact' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Not saved: Number 1: is not a number that can be dialled.',
    );
    await user.clear(screen.getByRole('textbox', { name: 'Number 1' }));
    await user.type(screen.getByRole('textbox', { name: 'Number 1' }), '02 1234 567');
    await user.type(screen.getByRole('textbox', { name: 'Label of number 1' }), 'office');
    await user.click(screen.getByRole('button', { name: 'Save contact' }));
    await waitFor(() => expect(within(list()).getAllByRole('listitem')).toHaveLength(1));

    await user.type(screen.getByRole('searchbox', { name: 'Search contacts' }), '1234');
    expect(within(list()).getAllByRole('listitem')).toHaveLength(1);
    await user.clear(screen.getByRole('searchbox', { name: 'Search contacts' }));
    await user.type(screen.getByRole('searchbox', { name: 'Search contacts' }), 'rossi');
    expect(screen.getByText('No contact matches.')).toBeInTheDocument();
    await user.clear(screen.getByRole('searchbox', { name: 'Search contacts' }));

    await user.click(screen.getByRole('button', { name: 'Edit Anna Bianchi' }));
    await user.type(screen.getByRole('textbox', { name: 'Company' }), 'Bianchi Srl');
    await user.click(screen.getByRole('button', { name: 'Save contact' }));
    await screen.findByText('Bianchi Srl');
    expect((await phonebook.list())[0]).toMatchObject({
      name: 'Anna Bianchi',
      company: 'Bianchi Srl',
      numbers: [{ label: 'office', number: '021234567' }],
    });

    await user.click(screen.getByRole('button', { name: 'Edit Anna Bianchi' }));
    await user.click(screen.getByRole('button', { name: 'Delete contact' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Anna Bianchi deleted.');
    expect(await phonebook.list()).toEqual([]);
  });

  it("opens a new contact with a history row's number and name", async () => {
    addToContacts('0299887766', 'Reception Rossi');
    renderScreen();
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveValue('Reception Rossi');
    expect(screen.getByRole('textbox', { name: 'Number 1' })).toHaveValue('0299887766');
  });
});
