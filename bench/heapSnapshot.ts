// A page's JS heap through the DevTools protocol: used size after forced garbage collection, and
// (to find what grows) a heap snapshot summed by constructor, two of which can be compared.
import type { CDPSession } from 'playwright-core';

export interface HeapReading {
  /** Runtime.getHeapUsage usedSize, bytes. */
  usedBytes: number;
  /** Performance.getMetrics: DOM nodes and JS event listeners alive. */
  nodes: number;
  listeners: number;
}

/** Collects garbage (a few passes, so weakly held and finalised objects go too), then reads. */
export async function readHeap(cdp: CDPSession): Promise<HeapReading> {
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const usage = await cdp.send('Runtime.getHeapUsage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? Number.NaN;
  return {
    usedBytes: usage.usedSize,
    nodes: metric('Nodes'),
    listeners: metric('JSEventListeners'),
  };
}

/** Count and self size of the heap's objects, by constructor (or node type and name). */
export type HeapCensus = Map<string, { count: number; bytes: number }>;

interface SnapshotJson {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } };
  nodes: number[];
  strings: string[];
}

export async function heapCensus(cdp: CDPSession): Promise<HeapCensus> {
  const chunks: string[] = [];
  const onChunk = (e: { chunk: string }) => chunks.push(e.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  try {
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  } finally {
    cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  }
  const snap = JSON.parse(chunks.join('')) as SnapshotJson;
  const fields = snap.snapshot.meta.node_fields;
  const types = snap.snapshot.meta.node_types[0];
  const [typeAt, nameAt, sizeAt] = ['type', 'name', 'self_size'].map((f) => fields.indexOf(f));
  const census: HeapCensus = new Map();
  for (let i = 0; i < snap.nodes.length; i += fields.length) {
    const type = types[snap.nodes[i + (typeAt ?? 0)] ?? 0] ?? '?';
    const name = snap.strings[snap.nodes[i + (nameAt ?? 1)] ?? 0] ?? '?';
    // Strings, code and numbers are named by their content: group them by type instead.
    const key = type === 'object' || type === 'native' ? name : `(${type})`;
    const entry = census.get(key) ?? { count: 0, bytes: 0 };
    entry.count += 1;
    entry.bytes += snap.nodes[i + (sizeAt ?? 4)] ?? 0;
    census.set(key, entry);
  }
  return census;
}

/** The constructors whose self size grew most from `before` to `after`. */
export function censusGrowth(before: HeapCensus, after: HeapCensus, top = 15) {
  const keys = new Set([...before.keys(), ...after.keys()]);
  return [...keys]
    .map((name) => {
      const a = before.get(name) ?? { count: 0, bytes: 0 };
      const b = after.get(name) ?? { count: 0, bytes: 0 };
      return { name, count: b.count - a.count, bytes: b.bytes - a.bytes };
    })
    .sort((x, y) => y.bytes - x.bytes)
    .slice(0, top);
}
