// Every test file: IndexedDB (fake-indexeddb). Files that render or use the DOM ask for jsdom
// with a `// @vitest-environment jsdom` first line and get the DOM matchers and cleanup too; the
// rest run in plain Node, which starts several times faster.
import 'fake-indexeddb/auto';
import { afterEach } from 'vitest';

if (typeof document !== 'undefined') {
  await import('@testing-library/jest-dom/vitest');
  const { cleanup } = await import('@testing-library/react');
  afterEach(() => cleanup());
}
