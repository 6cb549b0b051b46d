// A verb runner for component tests: records what the UI asked and answers ok unless told.
import { vi } from 'vitest';
import type { VerbOutcome } from '../../src/actions/dispatch';
import type { VerbId } from '../../src/actions/verbs';

export function fakeRun() {
  return vi.fn(
    async (_id: VerbId, _input: unknown): Promise<VerbOutcome> => ({
      ok: true,
      message: '',
    }),
  );
}
