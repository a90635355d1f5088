import type { KeyvStoreAdapter } from 'keyv';
import { EventEmitter } from 'node:events';

type FakeMode = 'ok' | 'throw' | 'stall';

/**
 * A Keyv adapter over a Map whose behaviour can be switched: 'throw' fails every operation,
 * 'stall' never answers. For fault tests that need no server; the real servers are killed
 * and stalled in the cross-process fault tests.
 */
export function fakeAdapter() {
  const data = new Map<string, unknown>();
  const state = { mode: 'ok' as FakeMode, ops: 0 };
  const act = <T>(fn: () => T): Promise<T> => {
    state.ops++;
    if (state.mode === 'throw') return Promise.reject(new Error('ECONNREFUSED 127.0.0.1:6399 (fake)'));
    if (state.mode === 'stall') return new Promise<T>(() => {});
    return Promise.resolve(fn());
  };
  const adapter = Object.assign(new EventEmitter(), {
    opts: {},
    namespace: undefined as string | undefined,
    get: (key: string) => act(() => data.get(key)),
    set: (key: string, value: unknown) => act(() => void data.set(key, value)),
    delete: (key: string) => act(() => data.delete(key)),
    clear: () => act(() => data.clear()),
  });
  return { adapter: adapter as unknown as KeyvStoreAdapter, data, state };
}
