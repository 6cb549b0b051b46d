// Italian texts of contacts.ts: the keys are the English file's, every one of them.
import type { en } from '../contacts';

export const it: Record<keyof typeof en, string> = {
  'contacts.problem.not-an-object': 'non è un contatto',
  'contacts.problem.no-name': 'indica un nome o un’azienda',
  'contacts.problem.name-too-long': 'il nome supera i 200 caratteri',
  'contacts.problem.company-too-long': 'l’azienda supera i 200 caratteri',
  'contacts.problem.no-number': 'indica almeno un numero',
  'contacts.problem.too-many-numbers': 'un contatto ha al massimo 20 numeri',
  'contacts.problem.bad-number': 'non è un numero che si possa chiamare',
  'contacts.problem.label-too-long': 'un’etichetta supera i 40 caratteri',
  'contacts.problem.notes-too-long': 'le note superano i 4.000 caratteri',
  'contacts.problem.file-too-big': 'il file supera 5 MB',
  'contacts.problem.too-many-contacts': 'il file contiene più di 10.000 contatti',
  'contacts.problem.not-text': 'non è un file di testo',
  'contacts.problem.no-contacts': 'il file non contiene contatti',
  'contacts.problem.line-too-long': 'la riga è troppo lunga',
  'contacts.problem.not-vcard': 'non è un vCard',
  'contacts.problem.bad-vcard-line': 'la riga non si legge come vCard',
  'contacts.problem.unclosed-card': 'la scheda che inizia qui non ha END:VCARD',
  'contacts.problem.no-phone-column': 'nessuna colonna contiene numeri di telefono',
  'contacts.problem.bad-quotes': 'un campo tra virgolette non è chiuso',
  'contacts.problem.too-many-fields': 'la riga ha più campi dell’intestazione',
  'contacts.fileRefused': 'Non è stato importato nulla. Riga {line}: {problem}.',
  'contacts.skipped':
    '{count} contatti senza nome o senza un numero valido sono stati tralasciati.',
  'contacts.duplicates': '{count} contatti erano già in rubrica.',
};
