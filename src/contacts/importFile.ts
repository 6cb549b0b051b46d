// A contacts file the user picked, read as vCard or CSV by what it holds rather than its name.
import { decodeText, type FileRead, fileTooBig, refused } from './contactFile';
import { readCsv } from './csv';
import { readVcard } from './vcard';

/** Reads a text as vCard when it starts with BEGIN:VCARD, else as CSV. */
export function readContacts(text: string): FileRead {
  return /^\ufeff?\s*BEGIN:VCARD/i.test(text.slice(0, 200)) ? readVcard(text) : readCsv(text);
}

/** Reads a picked file (a File or anything with a size and bytes), refusing a large one unread. */
export async function readContactsFile(
  file: Pick<Blob, 'size' | 'arrayBuffer'>,
): Promise<FileRead> {
  if (fileTooBig(file.size)) return refused('file-too-big', 1);
  return readContacts(decodeText(await file.arrayBuffer()));
}
