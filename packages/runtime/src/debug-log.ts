import { events } from './events.js';
import { terminalSafe } from './printable.js';
import type { MissReason } from './events.js';

/**
 * `KEYPROOF_DEBUG=1`: one stderr line per memoised call, for development — method, version,
 * hit or miss and why (`hit memory`, `hit store`, `shared`, `miss new`, `miss expired`, …), the
 * first 8 characters of the key's digest (equal digests: equal keys) and the call's time.
 * Never a value or an argument. Read once, when keyproof is loaded.
 */
export function installDebugLog(env: NodeJS.ProcessEnv = process.env): void {
  const flag = env.KEYPROOF_DEBUG;
  if (flag === undefined || flag === '' || flag === '0' || flag === 'false') return;
  const reasons = new Map<string, MissReason>();
  events.on('miss', ({ key, reason }) => void reasons.set(key, reason));
  events.on('call', ({ id, version, key, source, ms, failed }) => {
    const reason = reasons.get(key);
    reasons.delete(key);
    const what =
      source === 'upstream'
        ? `miss ${reason ?? 'new'}`
        : source === 'shared'
          ? 'shared (joined an identical call in flight)'
          : `hit ${source}`;
    const digest = key.slice(key.lastIndexOf(':') + 1).slice(0, 8);
    process.stderr.write(
      terminalSafe(`keyproof: ${id} ${version} ${what} key ${digest} ${ms.toFixed(1)} ms${failed ? ' (threw)' : ''}\n`),
    );
  });
}
