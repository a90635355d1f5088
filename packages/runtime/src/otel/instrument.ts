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
 * instrumented. Shadow mode (`mode: 'shadow'`), where every call goes upstream, adds
 * `keyproof.would_be_hits` and `keyproof.would_be_saved` (`cost` per would-be hit): what
 * serving from the cache would have done.
 */
export function instrument(options: InstrumentOptions = {}): () => void {
  const meter = options.meter ?? metrics.getMeter('keyproof', VERSION);
  const calls = meter.createCounter('keyproof.calls', { description: 'Calls of memoised methods', unit: '{call}' });
  const hits = meter.createCounter('keyproof.hits', { description: 'Calls answered from the cache (memory or store)', unit: '{call}' });
  const misses = meter.createCounter('keyproof.misses', { description: 'Calls with no usable entry, by keyproof.miss.reason', unit: '{call}' });
  const shared = meter.createCounter('keyproof.shared', { description: "Calls answered by an identical call's upstream call", unit: '{call}' });
  const upstream = meter.createCounter('keyproof.upstream_calls', { description: 'Calls of the upstream method', unit: '{call}' });
  const saved = meter.createCounter('keyproof.saved', { description: "The method's cost for each call answered without upstream (the cost's currency)" });
  const wouldBeHits = meter.createCounter('keyproof.would_be_hits', { description: 'Shadow mode: calls an entry could have answered (upstream was called)', unit: '{call}' });
  const wouldBeSaved = meter.createCounter('keyproof.would_be_saved', { description: "Shadow mode: the method's cost for each would-be hit (the cost's currency)" });
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
  const onWouldBeHit = ({ id, version, cost }: KeyproofEvents['would-be-hit'][0]): void => {
    const method: Attributes = { 'keyproof.method': id, 'keyproof.version': version };
    wouldBeHits.add(1, method);
    if (cost > 0) wouldBeSaved.add(cost, method);
  };
  events.on('call', onCall);
  events.on('miss', onMiss);
  events.on('would-be-hit', onWouldBeHit);
  return () => {
    events.off('call', onCall);
    events.off('miss', onMiss);
    events.off('would-be-hit', onWouldBeHit);
  };
}
