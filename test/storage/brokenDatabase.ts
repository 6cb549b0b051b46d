// Makes settings writes fail for real: the app's open connection is closed under it (as when the
// browser ends it), so every transaction throws. `closeDatabase()` afterwards lets the next use reopen.
import { vi } from 'vitest';
import { database } from '../../src/storage/db';

export async function breakDatabase(): Promise<void> {
  // The failed write is logged; the test checks what the user is told instead.
  vi.spyOn(console, 'error').mockImplementation(() => {});
  (await database()).close();
}
