// A contact to add that another screen started (a history row's "Add to contacts"): the contacts
// screen opens its form with it.
import { create } from 'zustand';
import type { ContactDraft } from '../ui/contacts/Phonebook';
import { showScreen } from './screenStore';

export const useContactDraftStore = create<{ pending: ContactDraft | undefined }>(() => ({
  pending: undefined,
}));

export function addToContacts(number: string, name: string): void {
  useContactDraftStore.setState({
    pending: { name, company: '', numbers: [{ label: '', number }], notes: '' },
  });
  showScreen('contacts');
}

export function takePendingContact(): ContactDraft | undefined {
  const { pending } = useContactDraftStore.getState();
  if (pending) useContactDraftStore.setState({ pending: undefined });
  return pending;
}
