// The phonebook's face in the first load: each call loads the service (storage, file readers,
// libphonenumber) once, then asks it. Contacts stored under another dial plan are keyed again
// when it loads and whenever the plan changes.
import type { PhonebookService } from '../contacts/phonebookService';
import type { DialPlan } from '../numbers/dialPlanDefaults';
import type { Phonebook } from '../ui/contacts/Phonebook';

export interface LazyPhonebookEdges {
  plan(): DialPlan;
  onPlanChange(listener: () => void): void;
}

/** `prepare`: loads the service ahead of the first call, so the first caller's name is as quick. */
export function lazyPhonebook({ plan, onPlanChange }: LazyPhonebookEdges): Phonebook & {
  prepare(): void;
} {
  let loading: Promise<PhonebookService> | undefined;
  const service = () => {
    loading ??= import('../contacts/phonebookService').then((m) => {
      const loaded = m.createPhonebook(plan);
      loaded.rekey().catch((error: unknown) => console.error('contacts not keyed', error));
      onPlanChange(() => {
        loaded.rekey().catch((error: unknown) => console.error('contacts not keyed', error));
      });
      return loaded;
    });
    return loading;
  };
  return {
    list: async () => (await service()).list(),
    save: async (draft) => (await service()).save(draft),
    remove: async (id) => (await service()).remove(id),
    importFile: async (file) => (await service()).importFile(file),
    exportVCard: async () => (await service()).exportVCard(),
    search: async (text, limit) => (await service()).search(text, limit),
    nameFor: async (number) => (await service()).nameFor(number),
    prepare: () => {
      service().catch((error: unknown) => console.error('phonebook not loaded', error));
    },
  };
}
