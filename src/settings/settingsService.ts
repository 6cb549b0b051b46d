// The one way settings change: loaded at start, saved from a form, imported from a file. Every
// input passes its part's checker (parts.ts) and is written before any store shows it; a part
// that needs more than its store (the account registers, devices apply) gets an after-change edge.
// An administrator's config.json (locks.ts) has the last word on the fields it locks.
import { loadSettings, saveSettings } from '../storage/settings';
import { usePhoneStore } from '../store/phoneStore';
import { useProvisioningStore } from '../store/provisioningStore';
import { lockedPart, provisionedAccountInput, provisionedPart } from './locks';
import { PART_LIST, PARTS, type Part } from './parts';
import type {
  CheckContext,
  Checked,
  ExportOptions,
  ImportError,
  PartCheck,
  PartKey,
  SettingsValues,
} from './partTypes';
import { exportSettings, type ImportedSettings } from './settingsFile';

/** Nothing changed unless ok: a refused draft names its field, a live call, a failed write. */
export type SaveOutcome<T> =
  | { ok: true; value: T }
  | { ok: false; refused: 'invalid'; error: ImportError }
  | { ok: false; refused: 'call-live' }
  /** The administrator's config.json locks the whole part. */
  | { ok: false; refused: 'locked' }
  | { ok: false; refused: 'not-saved'; reason: string };

export type ImportOutcome = SaveOutcome<ImportedSettings>;

export interface SaveOptions<T> {
  /**
   * Runs once the draft passed its check and the live-call rule, before the write. With a check
   * that loads no code (the account's) it runs inside the click that saved, where the browser
   * may still be asked for a permission.
   */
  accepted?: (value: T) => void;
}

type AfterChange = { [K in PartKey]?: (value: Checked<K>) => void | Promise<void> };

export interface SettingsEdges {
  /** The app is served over https, where the browser blocks ws:// PBX URLs. */
  pageIsSecure: boolean;
  /** Awaited after a save or an import, not at load; the account's runs last, as it registers. */
  afterChange?: AfterChange;
  /** For the file's exportedAt. */
  now?: () => Date;
}

export interface Settings {
  /**
   * At start: every part from one read, checked and shown; a bad record leaves its default,
   * logged. Resolves once the parts whose checkers answer at once are shown: a checker that
   * loads code first (the dial plan's, libphonenumber) does not hold up the first screen, and
   * `rest` resolves when its part is shown too. Rejects only when the storage cannot be read.
   * `provisioned` (the config.json's check, which never rejects) is awaited beside the read,
   * before anything is checked.
   */
  load(provisioned?: Promise<void>): Promise<{ rest: Promise<void> }>;
  /**
   * After the config.json changed since the load: every stored part checked again under it, and
   * each one that comes out different put into use (a changed account registers again). One that
   * waits for calls is left as it is while a call is live; the next start applies it. Rejects
   * only when the storage cannot be read.
   */
  reapply(): Promise<void>;
  /**
   * A form's draft through its part's checker, stored, shown and put into use. Never rejects.
   * A locked account field takes its provisioned value; a locked part is refused.
   */
  save<K extends PartKey>(
    key: K,
    draft: unknown,
    options?: SaveOptions<Checked<K>>,
  ): Promise<SaveOutcome<Checked<K>>>;
  /**
   * Every part the file holds, in one transaction, or none. Never rejects. A part the
   * config.json locks keeps its provisioned value, and so does a locked account field.
   */
  importFile(text: string): Promise<ImportOutcome>;
  /** The settings in use as a file's text. */
  exportFile(options: ExportOptions): string;
  /** The settings in use, from their stores. */
  current(): Partial<SettingsValues>;
}

type Value = SettingsValues[PartKey];
type Entry = readonly [PartKey, Value];

const callIsLive = () => usePhoneStore.getState().calls.some((c) => c.status !== 'ended');
const provisioning = () => useProvisioningStore.getState().provisioning;
const notSaved = (error: unknown) =>
  ({
    ok: false,
    refused: 'not-saved',
    reason: error instanceof Error ? error.message : String(error),
  }) as const;

export function createSettings(edges: SettingsEdges): Settings {
  const now = edges.now ?? (() => new Date());
  const current = (): Partial<SettingsValues> =>
    Object.fromEntries(
      PART_LIST.map((part) => [part.key, part.inUse()]).filter(([, value]) => value !== undefined),
    );
  const context = (): CheckContext => ({ current: current(), pageIsSecure: edges.pageIsSecure });

  /** Shows the parts, then waits for their after-change edges: a save ends with them in use. */
  async function putInUse(entries: readonly Entry[]): Promise<void> {
    for (const [key, value] of entries) (PARTS[key] as Part<PartKey>).show(value);
    const last = (key: PartKey) => Number(PARTS[key].waitsForCalls);
    for (const [key, value] of [...entries].sort(([a], [b]) => last(a) - last(b))) {
      const edge = edges.afterChange?.[key] as ((value: Value) => unknown) | undefined;
      try {
        await edge?.(value);
      } catch (error) {
        // Stored and shown by now: an edge that fails is logged, not a failed save.
        console.error(`the ${key} setting is saved, but putting it into use failed`, error);
      }
    }
  }

  // Writes of one part land in order. While a newer one is on its way an older one does not show
  // its value: devices show a choice before it is stored, and an older write must not undo that.
  const inFlight = new Map<PartKey, { count: number; landed?: { value: Value } }>();
  async function write<K extends PartKey>(key: K, value: Checked<K>) {
    const flight = inFlight.get(key) ?? { count: 0 };
    inFlight.set(key, flight);
    flight.count += 1;
    const saved = await saveSettings([[key, value]]);
    flight.count -= 1;
    if (saved.ok) flight.landed = { value };
    if (flight.count === 0) {
      inFlight.delete(key);
      if (flight.landed) await putInUse([[key, flight.landed.value]]);
    }
    return saved.ok
      ? ({ ok: true, value } as const)
      : ({ ok: false, refused: 'not-saved', reason: saved.reason } as const);
  }

  return {
    async load(provisioned) {
      // The storage is read while the config.json is fetched; its locks decide what is shown.
      const [stored] = await Promise.all([
        loadSettings(PART_LIST.map((part) => part.key)),
        provisioned,
      ]);
      const late: Promise<void>[] = [];
      for (const part of PART_LIST) {
        const value = checkedRecord(part, stored.get(part.key));
        if (!(value instanceof Promise)) {
          part.show(value);
          continue;
        }
        // Saved while its check was loading: the newer value stays.
        const before = part.inUse();
        late.push(
          value.then((checked) => (part.inUse() === before ? part.show(checked) : undefined)),
        );
      }
      return { rest: Promise.all(late).then(() => undefined) };
    },
    async reapply() {
      const stored = await loadSettings(PART_LIST.map((part) => part.key));
      const changed: Entry[] = [];
      for (const part of PART_LIST) {
        const value = await checkedRecord(part, stored.get(part.key));
        if (same(value, part.inUse())) continue;
        if (part.waitsForCalls && callIsLive()) continue;
        changed.push([part.key, value]);
      }
      await putInUse(changed);
    },
    save(key, draft, options = {}) {
      type Outcome = SaveOutcome<Checked<typeof key>>;
      const part = PARTS[key];
      if (lockedPart(key, provisioning()) !== undefined) {
        return Promise.resolve({ ok: false, refused: 'locked' });
      }
      const settle = (checked: PartCheck<Checked<typeof key>>): Promise<Outcome> => {
        if (!checked.ok) return Promise.resolve({ ok: false, refused: 'invalid', error: checked });
        if (part.waitsForCalls && callIsLive()) {
          return Promise.resolve({ ok: false, refused: 'call-live' });
        }
        options.accepted?.(checked.value);
        return write(key, checked.value);
      };
      try {
        const input = key === 'account' ? provisionedAccountInput(draft, provisioning()) : draft;
        const checked = part.check(input, context());
        return checked instanceof Promise ? checked.then(settle).catch(notSaved) : settle(checked);
      } catch (error) {
        return Promise.resolve(notSaved(error));
      }
    },
    async importFile(text) {
      try {
        // The reader loads with the first import, not with the app.
        const { parseSettingsFile } = await import('./parseSettingsFile');
        const parsed = await parseSettingsFile(text, context());
        if (!parsed.ok) return { ok: false, refused: 'invalid', error: parsed };
        const kept = await withLocks(parsed.settings, context());
        if (!kept.ok) return { ok: false, refused: 'invalid', error: kept };
        // A waiting part the file holds unchanged is left alone: the same account does not
        // register again, so the line does not drop.
        const entries = (Object.entries(kept.value) as Entry[]).filter(
          ([key, value]) => !(PARTS[key].waitsForCalls && same(value, PARTS[key].inUse())),
        );
        if (entries.some(([key]) => PARTS[key].waitsForCalls) && callIsLive()) {
          return { ok: false, refused: 'call-live' };
        }
        const saved = await saveSettings(entries);
        if (!saved.ok) return { ok: false, refused: 'not-saved', reason: saved.reason };
        await putInUse(entries);
        return { ok: true, value: kept.value };
      } catch (error) {
        return notSaved(error);
      }
    },
    exportFile: (options) =>
      exportSettings(current(), { ...options, exportedAt: now().toISOString() }),
    current,
  };
}

/**
 * A stored record through its checker; nothing stored, or a bad record, gives the default. At
 * once when the checker answers at once, so only a checker that loads code makes it wait.
 */
function checkedRecord(part: Part<PartKey>, record: unknown): Value | Promise<Value> {
  const locked = lockedPart(part.key, provisioning());
  if (locked !== undefined) return locked;
  const fallback = provisionedPart(part.key, provisioning()) ?? part.default;
  if (record === undefined) return fallback;
  const judged = (checked: PartCheck<Value>): Value => {
    if (checked.ok) return checked.value;
    console.error(`the stored ${part.key} setting is not valid; using the default`, checked);
    return fallback;
  };
  const unreadable = (error: unknown): Value => {
    console.error(`the stored ${part.key} setting could not be checked; using the default`, error);
    return fallback;
  };
  try {
    // Judged for its shape: the page's rule on ws:// URLs held when the record was saved here.
    // A stored account meets today's config.json: a URL the administrator changed reaches it.
    const input = part.key === 'account' ? provisionedAccountInput(record, provisioning()) : record;
    const checked = part.check(input, { current: {}, pageIsSecure: false });
    return checked instanceof Promise ? checked.then(judged, unreadable) : judged(checked);
  } catch (error) {
    return unreadable(error);
  }
}

/** A file's parts less the locked ones, its account with the locked fields provisioned. */
async function withLocks(
  settings: ImportedSettings,
  context: CheckContext,
): Promise<PartCheck<ImportedSettings>> {
  const kept: ImportedSettings = { ...settings };
  for (const key of Object.keys(kept) as PartKey[]) {
    if (lockedPart(key, provisioning()) !== undefined) delete kept[key];
  }
  if (kept.account === undefined || provisioning() === undefined) return { ok: true, value: kept };
  const account = await PARTS.account.check(
    provisionedAccountInput(kept.account, provisioning()),
    context,
  );
  return account.ok ? { ok: true, value: { ...kept, account: account.value } } : account;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
