import { metrics, type Attributes, type Meter } from '@opentelemetry/api';
import { readFileSync } from 'node:fs';
import { events, type KeyproofEvents } from '../events.js';

/** Options of `instrument()`. */
export interface InstrumentOptions {
  /** Where the instruments are created; default `metrics.getMeter('keyproof', <keyproof's version>)`. */
  readonly meter?: Meter;
}

const VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

/**
 * Record keyproof's calls as OpenTelemetry metrics, every one with the attributes
 * `keyproof.method` (the method's id) and `keyproof.version`: counters `keyproof.calls`,
 * `keyproof.hits`, `keyproof.misses` (with `keyproof.miss.reason`), `keyproof.shared`,
 * `keyproof.upstream_calls`, `keyproof.saved` (the method's `cost` per call answered without
 * upstream) and the histogram `keyproof.call.duration` (ms, with `keyproof.source`: `memory`,
 * `store`, `shared`, `upstream`; `keyproof.failed` on calls that threw). Listens to the `call`
 * and `miss` events; returns the function that stops listening. Calls are only timed while
 * instrumented.
 */
export function instrument(options: InstrumentOptions = {}): () => void {
  const meter = options.meter ?? metrics.getMeter('keyproof', VERSION);
  const calls = meter.createCounter('keyproof.calls', { description: 'Calls of memoised methods', unit: '{call}' });
  const hits = meter.createCounter('keyproof.hits', { description: 'Calls answered from the cache (memory or store)', unit: '{call}' });
  const misses = meter.createCounter('keyproof.misses', { description: 'Calls with no usable entry, by keyproof.miss.reason', unit: '{call}' });
  const shared = meter.createCounter('keyproof.shared', { description: "Calls answered by an identical call's upstream call", unit: '{call}' });
  const upstream = meter.createCounter('keyproof.upstream_calls', { description: 'Calls of the upstream method', unit: '{call}' });
  const saved = meter.createCounter('keyproof.saved', { description: "The method's cost for each call answered without upstream (the cost's currency)" });
  const duration = meter.createHistogram('keyproof.call.duration', { description: 'Duration of memoised calls, by keyproof.source', unit: 'ms' });

  const onCall = ({ id, version, source, ms, cost, failed }: KeyproofEvents['call'][0]): void => {
    const method: Attributes = { 'keyproof.method': id, 'keyproof.version': version };
    calls.add(1, method);
    if (source === 'upstream') upstream.add(1, method);
    else if (source === 'shared') shared.add(1, method);
    else if (!failed) hits.add(1, method);
    if (source !== 'upstream' && !failed && cost > 0) saved.add(cost, method);
    duration.record(ms, failed ? { ...method, 'keyproof.source': source, 'keyproof.failed': true } : { ...method, 'keyproof.source': source });
  };
  const onMiss = ({ id, version, reason }: KeyproofEvents['miss'][0]): void => {
    misses.add(1, { 'keyproof.method': id, 'keyproof.version': version, 'keyproof.miss.reason': reason });
  };
  events.on('call', onCall);
  events.on('miss', onMiss);
  return () => {
    events.off('call', onCall);
    events.off('miss', onMiss);
  };
}
