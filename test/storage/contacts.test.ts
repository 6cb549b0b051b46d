import { beforeEach, describe, expect, it } from 'vitest';
import { syntheticHistory, syntheticParties } from '../../bench/historyData';
import type { ContactFields } from '../../src/contacts/contact';
import type { DialPlan } from '../../src/numbers/dialPlanDefaults';
import {
  addContact,
  allContacts,
  contactForNumber,
  deleteContact,
  importContacts,
  rekeyContacts,
  searchContacts,
  updateContact,
} from '../../src/storage/contacts';
import { DB_VERSION, database, openAt } from '../../src/storage/db';
import { historyPage } from '../../src/storage/historyQuery';
import { queryTokens } from '../../src/storage/historySearch';
import { freshDatabase } from './freshDatabase';

const ITALY: DialPlan = { country: 'IT', outsideLinePrefix: '', internationalPrefix: '00' };

const fields = (
  name: string,
  number: string,
  more: Partial<ContactFields> = {},
): ContactFields => ({
  name,
  company: '',
  numbers: [{ label: 'work', number }],
  notes: '',
  ...more,
});

beforeEach(async () => {
  await freshDatabase();
});

describe('contacts store', () => {
  it('adds, changes and deletes a contact', async () => {
    const added = await addContact(fields('Mario Rossi', '+39 02 6161616'), ITALY);
    expect(added.numbers).toEqual([{ label: 'work', number: '+39026161616' }]);
    expect(await allContacts()).toEqual([added]);
    const changed = await updateContact(added.id, fields('Mario Bianchi', '204'), ITALY);
    expect(changed?.name).toBe('Mario Bianchi');
    expect(changed?.createdAt).toBe(added.createdAt);
    expect((await contactForNumber('026161616', ITALY))?.contact).toBeUndefined();
    expect((await contactForNumber('204', ITALY))?.contact.name).toBe('Mario Bianchi');
    await deleteContact(added.id);
    expect(await allContacts()).toEqual([]);
    expect(await updateContact(added.id, fields('Gone', '204'), ITALY)).toBeUndefined();
  });

  it('refuses what the checker refuses', async () => {
    await expect(addContact(fields('', '204'), ITALY)).rejects.toThrow('no-name');
    await expect(addContact(fields('X', 'not a number'), ITALY)).rejects.toThrow('bad-number');
    expect(await allContacts()).toEqual([]);
  });

  it('finds a caller by the number in any of its forms, with the label that matched', async () => {
    await addContact(
      fields('Mario Rossi', '02 6161616', {
        numbers: [
          { label: 'work', number: '02 6161616' },
          { label: 'mobile', number: '333 1234567' },
        ],
      }),
      ITALY,
    );
    for (const number of ['+39026161616', '0039026161616', '026161616']) {
      expect(await contactForNumber(number, ITALY)).toMatchObject({
        contact: { name: 'Mario Rossi' },
        label: 'work',
      });
    }
    expect((await contactForNumber('+393331234567', ITALY))?.label).toBe('mobile');
    expect(await contactForNumber('026161617', ITALY)).toBeUndefined();
    expect(await contactForNumber('', ITALY)).toBeUndefined();
  });

  it('imports all or nothing, and not twice', async () => {
    const list = [fields('Anna', '201'), fields('Luca', '202')];
    expect(await importContacts(list, ITALY)).toEqual({ added: 2, duplicates: 0 });
    expect(
      await importContacts([...list, fields('Sara', '203'), fields('Sara', '203')], ITALY),
    ).toEqual({
      added: 1,
      duplicates: 3,
    });
    // Same number, another name: a different contact.
    expect(await importContacts([fields('Anna Bis', '201')], ITALY)).toEqual({
      added: 1,
      duplicates: 0,
    });
    // One bad contact anywhere in the list: nothing of it is kept.
    await expect(
      importContacts([fields('Paolo', '204'), fields('', '205')], ITALY),
    ).rejects.toThrow();
    expect((await allContacts()).map((c) => c.name)).toEqual(['Anna', 'Anna Bis', 'Luca', 'Sara']);
  });

  it('rolls back a whole import when a write fails midway', async () => {
    const db = await database();
    const list = Array.from({ length: 50 }, (_, i) => fields(`P${i}`, String(300 + i)));
    const original = crypto.randomUUID;
    let calls = 0;
    // Two contacts given the same id: the second add fails, and the transaction with it.
    crypto.randomUUID = () =>
      (calls++ === 30 ? 'same' : calls === 41 ? 'same' : original.call(crypto)) as never;
    try {
      await expect(importContacts(list, ITALY)).rejects.toThrow();
    } finally {
      crypto.randomUUID = original;
    }
    expect(await db.count('contacts')).toBe(0);
  });

  it('searches by name, company and any digits, names starting with the text first', async () => {
    await importContacts(
      [
        fields('Rosa Neri', '0212345678'),
        fields('Mario Rossi', '026161616', { company: 'Acme' }),
        fields('', '0698765432', { company: 'Rossetti Srl' }),
        fields('Anna Verdi', '204'),
      ],
      ITALY,
    );
    const names = async (text: string) =>
      (await searchContacts(text, 10)).map((c) => c.name || c.company);
    expect(await names('ros')).toEqual(['Rosa Neri', 'Rossetti Srl', 'Mario Rossi']);
    expect(await names('acme')).toEqual(['Mario Rossi']);
    expect(await names('6161')).toEqual(['Mario Rossi']);
    expect(await names('+39 02 616')).toEqual(['Mario Rossi']);
    expect(await names('mario acme')).toEqual(['Mario Rossi']);
    expect(await names('mario verdi')).toEqual([]);
    expect(await names('')).toEqual([]);
    expect(await searchContacts('ros', 1)).toHaveLength(1);
  });

  it('puts names starting with one typed letter first, however many others match it', async () => {
    const others = Array.from({ length: 400 }, (_, i) =>
      fields(`Anna Mancini ${i}`, String(1000 + i)),
    );
    await importContacts(
      [...others, fields('Mario Rossi', '204'), fields('Zeno', '205', { company: 'Moda' })],
      ITALY,
    );
    const [first, second] = await searchContacts('m', 2);
    expect(first?.name).toBe('Mario Rossi');
    expect(second?.name).toMatch(/^Anna Mancini/);
    expect((await searchContacts('z', 5)).map((c) => c.name)).toEqual(['Zeno']);
  });

  it('re-keys contacts when the dial plan changes', async () => {
    await addContact(fields('Mario', '026161616'), ITALY);
    const pbx: DialPlan = { ...ITALY, outsideLinePrefix: '0' };
    expect(await rekeyContacts(ITALY)).toBe(0);
    expect(await rekeyContacts(pbx)).toBe(1);
    expect((await contactForNumber('0026161616', pbx))?.contact.name).toBe('Mario');
    expect(await rekeyContacts(pbx)).toBe(0);
  });
});

describe('upgrade from version 2', () => {
  it('keeps every call, its search, and the settings, and adds an empty phonebook', async () => {
    const old = syntheticHistory(200, syntheticParties(30), 7);
    const v2 = await openAt(2);
    const tx = v2.transaction(['calls', 'parties'], 'readwrite');
    for (const entry of old) void tx.objectStore('calls').put(entry);
    await tx.done;
    await v2.put('settings', { sipAddress: 'kept' } as never, 'account');
    v2.close();
    // The parties the history writer would have written: the upgrade from 1 made none here.
    const db = await database();
    expect(db.version).toBe(DB_VERSION);
    expect(DB_VERSION).toBe(4);
    expect(await db.count('calls')).toBe(old.length);
    expect(await db.get('settings', 'account')).toEqual({ sipAddress: 'kept' });
    expect(await db.count('contacts')).toBe(0);
    expect((await historyPage(queryTokens(''), null, 500)).entries).toHaveLength(old.length);
    await addContact(fields('Nuovo', '204'), ITALY);
    expect((await contactForNumber('204', ITALY))?.contact.name).toBe('Nuovo');
  });
});
