import type { en } from '../phonebook';

export const it: Record<keyof typeof en, string> = {
  'callerNames.title': 'Nomi dei chiamanti',
  'callerNames.order':
    'Una chiamata mostra il nome dalla rubrica, altrimenti quello che risponde l’indirizzo di ricerca, altrimenti il nome inviato dal chiamante.',
  'callerNames.lookupUrl': 'Indirizzo di ricerca',
  'callerNames.lookupUrlHint':
    'Facoltativo. Un indirizzo http o https con segnaposto, come https://crm.example/nome?numero=!01. Deve rispondere in JSON {"name": "…"} e consentire questa app (CORS).',
  'callerNames.timeout': 'Attendi al massimo (secondi)',
  'callerNames.timeoutHint':
    'Da 0,2 a 10. Il telefono squilla subito; il nome compare quando arriva.',
  'callerNames.save': 'Salva nomi dei chiamanti',
  'callerNames.saved': 'Nomi dei chiamanti salvati.',
  'callerNames.invalid.url': 'Non salvato: l’indirizzo di ricerca {problem}.',
  'callerNames.invalid.timeout': 'Non salvato: l’attesa deve essere da 0,2 a 10 secondi.',
  'section.callerNames': 'Nomi dei chiamanti',
  'section.callerNames.desc': 'Da dove viene il nome di chi chiama: rubrica, indirizzo di ricerca.',
};
