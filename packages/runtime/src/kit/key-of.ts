import Keyv from 'keyv';
import { encodeValue, toStoredText } from '../codec.js';
import { config, configure } from '../config.js';
import { events } from '../events.js';
import { keyvFor } from '../store/adapters.js';

/** What a probed call returns instead of calling upstream. */

const PROBE_VALUE = toStoredText(encodeValue('keyproof:key-probe'));

/**
 * A store that has an entry for every key: a call made against it is answered from the
 * "cache" without running upstream, and tells which key it looked up.
 */
class ProbeStore extends Keyv {
  override async getRaw(): Promise<never> {
    return { value: PROBE_VALUE, expires: null } as never;
  }
}

/**
 * The cache key of `fn(...args)`: exactly the key the runtime would read and write, computed
 * from the method's plan (so a test shows that two calls share an entry, or not). Upstream is
 * never called. `fn` is the memoised method or function (`svc.generate`, `describeImage`); for
 * a plan that keys on class fields (`this.model`), call `keyOfCall(() => svc.generate(...))`.
 * The probe goes through the global store, so it counts as a call and a hit in `stats()`; the
 * call gets a placeholder result, so pass the memoised method itself, not code that uses its result.
 */
export function keyOf<A extends unknown[]>(fn: (...args: A) => Promise<unknown>, ...args: A): Promise<string> {
  return keyOfCall(() => fn(...args));
}

/** The cache key of the memoised call that `call` makes (its first one). */
export async function keyOfCall(call: () => Promise<unknown>): Promise<string> {
  const keys: string[] = [];
  const onHit = ({ key }: { key: string }): void => void keys.push(key);
  const savedEnv = process.env['KEYPROOF_STORE'];
  const savedStore = config().store;
  const probe = new ProbeStore({ namespace: 'keyproof-probe' });
  probe.on('error', () => {});
  delete process.env['KEYPROOF_STORE'];
  configure({ store: probe });
  events.on('hit', onHit);
  let failure: unknown;
  try {
    await call();
  } catch (error) {
    failure = error; // code after the memoised call saw the probe's placeholder result: only the key matters
  } finally {
    events.off('hit', onHit);
    if (savedEnv !== undefined) process.env['KEYPROOF_STORE'] = savedEnv;
    configure({ store: savedStore ?? keyvFor(undefined) });
    if (savedStore === undefined) delete (config() as { store?: unknown }).store;
  }
  const key = keys[0];
  if (key === undefined && failure !== undefined) throw failure;
  if (key === undefined) {
    throw new TypeError(
      "keyOf: the call made no memoised call through keyproof's global store, so it has no key. " +
        'Pass the memoised method itself (keyOf(svc.method, ...args)); a method memoised with its own `store` option cannot be probed.',
    );
  }
  return key;
}

/** Fails (throws) unless both calls have the same cache key; the message shows both keys. */
export async function expectSameKey<A extends unknown[]>(
  fn: (...args: A) => Promise<unknown>,
  first: A,
  second: A,
): Promise<string> {
  const [a, b] = [await keyOf(fn, ...first), await keyOf(fn, ...second)];
  if (a !== b)
    throw new KeyAssertionError(
      `expected the same cache key, got two:\n  ${a}  for (${show(first)})\n  ${b}  for (${show(second)})\nSomething in the second call's key differs: a per-call value (a job ID, a timestamp) still in the key splits the cache.`,
    );
  return a;
}

/** Fails (throws) when both calls have the same cache key: the second would be served the first's result. */
export async function expectDifferentKey<A extends unknown[]>(
  fn: (...args: A) => Promise<unknown>,
  first: A,
  second: A,
): Promise<void> {
  const [a, b] = [await keyOf(fn, ...first), await keyOf(fn, ...second)];
  if (a === b)
    throw new KeyAssertionError(
      `expected different cache keys, both calls have ${a}:\n  (${show(first)})\n  (${show(second)})\nThe second call would be served the first one's result: what differs is not in the key.`,
    );
}

export class KeyAssertionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'KeyAssertionError';
  }
}

function show(args: readonly unknown[]): string {
  return args
    .map((a) => {
      if (a instanceof Uint8Array) return `<${a.byteLength} bytes>`;
      try {
        const text = JSON.stringify(a) ?? String(a);
        return text.length > 80 ? `${text.slice(0, 77)}...` : text;
      } catch {
        return String(a);
      }
    })
    .join(', ');
}
