import { beforeEach, describe, expect, it } from 'vitest';
import { dialSearch } from '../../src/contacts/dialSearch';
import type { DialPlan } from '../../src/numbers/dialPlanDefaults';
import { importContacts } from '../../src/storage/contacts';
import type { HistoryEntry } from '../../src/storage/historyEntry';
import { createHistoryWriter } from '../../src/storage/historyWriter';
import { freshDatabase } from '../storage/freshDatabase';

const ITALY: DialPlan = { country: 'IT', outsideLinePrefix: '', internationalPrefix: '00' };

let writer = createHistoryWriter();

beforeEach(async () => {
  await freshDatabase(writer);
  writer = createHistoryWriter();
  await importContacts(
    [
      {
        name: 'Mario Rossi',
        company: 'Acme',
        numbers: [
          { label: 'work', number: '02 6161616' },
          { label: 'mobile', number: '333 1234567' },
        ],
        notes: '',
      },
      { name: 'Rosa Neri', company: '', numbers: [{ label: '', number: '204' }], notes: '' },
    ],
    ITALY,
  );
  const calls: [string, string, number][] = [
    // The contact's number as the PBX presents it: shown once, as the contact.
    ['+39026161616', 'ROSSI M', 5],
    ['0298765432', 'Rossetti Srl', 4],
    ['0298765432', 'Rossetti Srl', 3],
    ['0611112222', 'Luigi Verdi', 2],
    ['0261999999', '', 1],
  ];
  await Promise.all(
    calls.map(([number, name, at]) =>
      writer.save({
        callId: `c${at}`,
        direction: 'incoming',
        number,
        name,
        startedAt: at,
      } as HistoryEntry),
    ),
  );
  await writer.settled();
});

const rows = async (text: string, limit?: number) =>
  (await dialSearch(text, ITALY, limit)).map(
    (m) => `${m.source}:${m.name}:${m.number}${m.label ? `:${m.label}` : ''}`,
  );

describe('dialSearch', () => {
  it('finds contacts first, then history, each number once', async () => {
    expect(await rows('ros')).toEqual([
      'contact:Rosa Neri:204',
      'contact:Mario Rossi:026161616:work',
      'contact:Mario Rossi:3331234567:mobile',
      'history:Rossetti Srl:0298765432',
    ]);
  });

  it('finds by any digits, in any form, only the numbers that hold them', async () => {
    expect(await rows('6161')).toEqual(['contact:Mario Rossi:026161616:work']);
    // The history's own +39 form of the contact's number is the contact, not a second row.
    expect(await rows('+39 02 61')).toEqual(['contact:Mario Rossi:026161616:work']);
    expect(await rows('0261')).toEqual([
      'contact:Mario Rossi:026161616:work',
      'history::0261999999',
    ]);
    expect(await rows('765')).toEqual(['history:Rossetti Srl:0298765432']);
  });

  it('finds by company and by several words', async () => {
    expect(await rows('acme')).toHaveLength(2);
    expect(await rows('mario mob')).toEqual([]);
    expect(await rows('luigi verdi')).toEqual(['history:Luigi Verdi:0611112222']);
  });

  it('stops at the limit and finds nothing for nothing', async () => {
    expect(await rows('0', 2)).toHaveLength(2);
    expect(await rows('')).toEqual([]);
    expect(await rows('   ')).toEqual([]);
    expect(await rows('zebedeo')).toEqual([]);
  });
});
