// The words around a number that say whether a person would call it, in English and Italian.
// Words are compared lower-case with their dots removed ('Tel.' is 'tel', 'P.IVA' is 'piva').

const words = (list: string): ReadonlySet<string> => new Set(list.split(/\s+/));

/** Verbs of calling: they make 'on 102', 'al 102' after them a number to dial. */
export const CALL_VERB =
  /^(?:call|calls|called|calling|ring|rings|rang|dial|dials|dialled|dialed|dialling|dialing|reach|contact|phone|phoned|chiam\p{L}*|telefon\p{L}*|contatt\p{L}*|squill\p{L}*)$/u;

/** Right before a number (fillers between): 'tel. 102', 'direct line 102', 'l'interno 204'. */
export const LABELS = words(
  'tel telephone phone mobile cell line ext extension number numero linea interno int cellulare cel',
);

/** What may sit between a label or a call verb and its number: 'call the 102', 'linea diretta 102'. */
export const FILLERS = words(
  'the my our your his her their me us is direct office desk il lo la l al allo mi ci è e diretta diretto ufficio fisso',
);

/** Between a call verb, a few words back, and the number: 'call Mr Rossi on 102', 'chiama Anna al 204'. */
export const PREPOSITIONS = words('on at al allo all sul');

/** 'Order no. 102', 'Ticket numero 4711': the label before these still counts. */
export const NUMBER_WORDS = words('n no nr num numero number');

const CURRENCY_WORDS = 'eur euro euros usd gbp chf dollars dollari € $ £ ¥';

/** An amount's currency, before or after it: '€ 102', '102 euro', 'EUR 1.200,00'. */
export const CURRENCY = words(CURRENCY_WORDS);

/**
 * Codes and amounts that are never phone numbers, even long valid-looking ones: a VAT number
 * (P.IVA, 11 digits) is a valid Italian landline shape, so the label is what tells them apart.
 */
export const CODE_LABELS = words(
  `order ordine invoice fattura ticket ref rif pratica protocollo prot iva piva vat cf fiscale iban conto account codice code cod tracking sku ean isbn serial seriale matricola lotto batch pin ${CURRENCY_WORDS}`,
);

const MONTHS =
  'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre gen giu lug ago set ott dic';

/**
 * Before a short number, these make it something other than an extension: a place ('room 204',
 * 'Via Roma 102', 'CAP 00184'), a page, a year ('nel 2024'), a time ('ore 18', 'alle 18'),
 * a date ('3 marzo 2024'), a count ('n. 102', '#102') or a product ('3 x 20'). A room is not
 * dialled even though hotels number rooms like extensions: in prose it is far more often a place.
 */
export const NOT_EXTENSION_BEFORE = words(
  `n no nr # ° º room rooms stanza camera aula page pagina pag p cap zip postcode via viale piazza corso civico floor piano anno year years nel dal del entro ore h alle dalle le x km kg ${MONTHS}`,
);

/** Right after a short number: an amount, a quantity, a unit, a time or a date ('102 pezzi'). */
export const NOT_EXTENSION_AFTER = words(
  `% ° º percent percento pezzi pz pcs pieces items units volte times people persone clienti customers x km kg m cm mm g gb mb kb min minuti minutes ore hours h giorni days anni years mesi months am pm ${CURRENCY_WORDS} ${MONTHS}`,
);

/** 'Please call Mr Rossi on 102 (ext)', '102 (int.)': the PBX-internal mark after a number. */
export const EXTENSION_MARK_AFTER = /^\s{0,3}\(\s{0,3}(?:ext|int|interno|extension)\.?\s{0,3}\)/i;

/** A word that puts a number to dial right after it ('tel.', 'line', 'chiamare'). */
export function isLabel(word: string | undefined): boolean {
  return word !== undefined && (LABELS.has(word) || CALL_VERB.test(word));
}

/**
 * Whether the words before a number (nearest first) name it as one of `kinds`: right before it
 * ('ticket 4711'), before 'n.' or 'numero' ('Ordine n. 102'), or before another plain word
 * ('Via Roma 102', 'codice cliente 0212345678').
 */
export function labelledAs(before: readonly string[], kinds: ReadonlySet<string>): boolean {
  const [nearest = '', next = ''] = before;
  if (kinds.has(nearest)) return true;
  return (NUMBER_WORDS.has(nearest) || !isLabel(nearest)) && kinds.has(next);
}
