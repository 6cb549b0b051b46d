// A few checkers for the bridge's messages. Each answers a value of a known shape or a problem
// naming the field. Objects refuse fields they do not name: a newer or forged message is refused
// whole, never half read.

export type Checked<T> = { ok: true; value: T } | { ok: false; field: string; problem: string };
export type Checker<T> = (input: unknown, field: string) => Checked<T>;

const ok = <T>(value: T): Checked<T> => ({ ok: true, value });
const bad = (field: string, problem: string): Checked<never> => ({ ok: false, field, problem });

export function literal<const T extends string | number | boolean>(expected: T): Checker<T> {
  return (input, field) =>
    input === expected ? ok(expected) : bad(field, `must be ${JSON.stringify(expected)}`);
}

export function oneOf<const T extends string>(choices: readonly T[]): Checker<T> {
  return (input, field) =>
    typeof input === 'string' && (choices as readonly string[]).includes(input)
      ? ok(input as T)
      : bad(field, `must be one of ${choices.join(', ')}`);
}

export function text(options: { max: number; min?: number; pattern?: RegExp }): Checker<string> {
  return (input, field) => {
    if (typeof input !== 'string') return bad(field, 'must be text');
    if (input.length < (options.min ?? 0)) return bad(field, 'is too short');
    if (input.length > options.max) return bad(field, `is longer than ${options.max}`);
    if (options.pattern && !options.pattern.test(input)) return bad(field, 'has a bad form');
    return ok(input);
  };
}

export function integer(min: number, max: number): Checker<number> {
  return (input, field) =>
    typeof input === 'number' && Number.isInteger(input) && input >= min && input <= max
      ? ok(input)
      : bad(field, `must be a whole number from ${min} to ${max}`);
}

export function nullable<T>(inner: Checker<T>): Checker<T | null> {
  return (input, field) => (input === null ? ok(null) : inner(input, field));
}

export function boolean(): Checker<boolean> {
  return (input, field) =>
    typeof input === 'boolean' ? ok(input) : bad(field, 'must be true or false');
}

/**
 * An object literal, or one without a prototype, of any realm: Firefox's content script sees the
 * page's messages through Xray wrappers, whose prototype is the page's Object.prototype, not its
 * own. Instances of classes (Date, Map, a page's own) are refused; fields are read as own ones.
 */
function isPlainObject(input: unknown): input is Record<string, unknown> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return false;
  const proto = Object.getPrototypeOf(input);
  if (proto === Object.prototype || proto === null) return true;
  return (
    Object.getPrototypeOf(proto) === null &&
    Object.prototype.toString.call(input) === '[object Object]'
  );
}

/** A map of text to text: at most `maxEntries`, each key and value checked. */
export function record(
  key: Checker<string>,
  value: Checker<string>,
  maxEntries: number,
): Checker<Record<string, string>> {
  return (input, field) => {
    if (!isPlainObject(input)) return bad(field, 'must be an object');
    const entries = Object.entries(input);
    if (entries.length > maxEntries) return bad(field, `has more than ${maxEntries} entries`);
    const out: Record<string, string> = Object.create(null);
    for (const [k, v] of entries) {
      const checkedKey = key(k, `${field}.${k}`);
      if (!checkedKey.ok) return checkedKey;
      const checkedValue = value(v, `${field}.${k}`);
      if (!checkedValue.ok) return checkedValue;
      out[k] = checkedValue.value;
    }
    return ok(out);
  };
}

type Shape = Record<string, Checker<unknown>>;
type Of<S extends Shape> = { [K in keyof S]: S[K] extends Checker<infer T> ? T : never };

/** An object with exactly these fields: none missing, none more. */
export function object<S extends Shape>(shape: S): Checker<Of<S>> {
  return (input, field) => {
    if (!isPlainObject(input)) return bad(field, 'must be an object');
    for (const name of Object.keys(input)) {
      if (!Object.hasOwn(shape, name)) return bad(join(field, name), 'is not a known field');
    }
    const out: Record<string, unknown> = {};
    for (const [name, check] of Object.entries(shape)) {
      if (!Object.hasOwn(input, name)) return bad(join(field, name), 'is missing');
      const checked = check(input[name], join(field, name));
      if (!checked.ok) return checked;
      out[name] = checked.value;
    }
    return ok(out as Of<S>);
  };
}

/** One of several object shapes, told apart by their `type` field. */
export function tagged<T extends { type: string }>(
  shapes: { [K in T['type']]: Checker<Extract<T, { type: K }>> },
): Checker<T> {
  return (input, field) => {
    if (!isPlainObject(input)) return bad(field, 'must be an object');
    const type = input.type;
    if (typeof type !== 'string' || !Object.hasOwn(shapes, type)) {
      return bad(join(field, 'type'), 'is not a known message type');
    }
    return (shapes as Record<string, Checker<T>>)[type]?.(input, field) ?? bad(field, 'unknown');
  };
}

function join(field: string, name: string): string {
  return field === '' ? name : `${field}.${name}`;
}
