// @vitest-environment jsdom
// The dial box suggests contacts and history numbers as the user types (a combobox): a name calls
// its first match with Enter, a number typed calls itself unless a suggestion is picked.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { usePhoneStore } from '../../src/store/phoneStore';
import { type DialMatch, noPhonebook, PhonebookContext } from '../../src/ui/contacts/Phonebook';
import { DialBox } from '../../src/ui/DialBox';
import { renderWith } from './renderApp';

const ROSSI: DialMatch = {
  name: 'Mario Rossi',
  company: 'Rossi Impianti',
  number: '3331234567',
  label: 'mobile',
  source: 'contact',
};
const HISTORY: DialMatch = { name: 'Anna', number: '0261616161', source: 'history' };

function renderBox(found: DialMatch[] = [ROSSI, HISTORY]) {
  const search = vi.fn(async (text: string) => (text.trim() === '' ? [] : found));
  const result = renderWith(
    <PhonebookContext.Provider value={{ ...noPhonebook, search }}>
      <DialBox />
    </PhonebookContext.Provider>,
  );
  return { ...result, search };
}

const box = () => screen.getByRole('combobox', { name: 'Number to call' });

beforeEach(() => usePhoneStore.setState({ calls: [] }));

describe('dial suggestions', () => {
  it('lists matches by name with company, label and where they come from', async () => {
    const { search } = renderBox();
    await userEvent.setup().type(box(), 'ros');
    const list = await screen.findByRole('listbox', { name: 'Matching contacts and calls' });
    const options = within(list).getAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual([
      'Mario Rossi · Rossi Impianti, mobile 3331234567, from contacts',
      'Anna, 0261616161, from the history',
    ]);
    expect(box()).toHaveAttribute('aria-expanded', 'true');
    expect(search).toHaveBeenLastCalledWith('ros', 8);
  });

  it('calls the first match of a name with Enter', async () => {
    const { actions } = renderBox();
    const user = userEvent.setup();
    await user.type(box(), 'mario');
    await screen.findByRole('listbox');
    await user.keyboard('{Enter}');
    expect(actions.run).toHaveBeenCalledWith('dial', { number: '3331234567' });
  });

  it('calls a typed number as typed, and a suggestion picked with the arrows', async () => {
    const { actions } = renderBox();
    const user = userEvent.setup();
    await user.type(box(), '0261');
    await screen.findByRole('listbox');
    await user.keyboard('{Enter}');
    expect(actions.run).toHaveBeenLastCalledWith('dial', { number: '0261' });
    await user.type(box(), '0261');
    await screen.findByRole('listbox');
    await user.keyboard('{ArrowDown}{ArrowDown}');
    const second = screen.getAllByRole('option')[1];
    expect(second).toHaveAttribute('aria-selected', 'true');
    expect(box()).toHaveAttribute('aria-activedescendant', second?.id);
    await user.keyboard('{Enter}');
    expect(actions.run).toHaveBeenLastCalledWith('dial', { number: '0261616161' });
  });

  it('calls a suggestion on click, and Escape closes the list', async () => {
    const { actions } = renderBox();
    const user = userEvent.setup();
    await user.type(box(), 'an');
    await user.click((await screen.findAllByRole('option'))[1] as HTMLElement);
    expect(actions.run).toHaveBeenLastCalledWith('dial', { number: '0261616161' });
    await user.type(box(), 'an');
    await screen.findByRole('listbox');
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('listbox')).toBeNull());
    expect(box()).toHaveAttribute('aria-expanded', 'false');
  });

  it('calls a name typed and entered before its suggestions came', async () => {
    const { actions } = renderBox();
    await userEvent.setup({ delay: null }).type(box(), 'mario{Enter}');
    await waitFor(() => expect(actions.run).toHaveBeenCalledWith('dial', { number: '3331234567' }));
  });

  it('dials a name as a SIP user when nothing matches', async () => {
    const { actions } = renderBox([]);
    await userEvent.setup().type(box(), 'reception{Enter}');
    expect(actions.run).toHaveBeenLastCalledWith('dial', { number: 'reception' });
  });
});
