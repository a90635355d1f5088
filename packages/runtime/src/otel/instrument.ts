import { metrics, SpanStatusCode, trace, type Attributes, type Meter, type Tracer } from '@opentelemetry/api';
import { readFileSync } from 'node:fs';
import { events, type KeyproofEvents } from '../events.js';

/** Options of `instrument()`. */
export interface InstrumentOptions {
  /** Where the instruments are created; default `metrics.getMeter('keyproof', <keyproof's version>)`. */
  readonly meter?: Meter;
  /** Where the `cache.get` spans are started; default `trace.getTracer('keyproof', <keyproof's version>)`. */
  readonly tracer?: Tracer;
  /** `false`: metrics only, no `cache.get` spans. @default true */
  readonly spans?: boolean;
}

const VERSION = (
  JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }
).version;

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
 *
 * Each call is also a span in the shape Sentry's Caches module reads (and any OTel backend
 * can): named by its key, `sentry.op` `cache.get`, `cache.hit` (answered from memory, the
 * store or another process's entry), `cache.key` (`[key]`: keyproof's key is already a hash
 * of the key fields, never a value), `cache.item_size` (bytes of the cached value, on hits),
 * `keyproof.method`, `keyproof.version`, `keyproof.source`. The span covers the memoised
 * call: on a miss, the upstream call too.
 */
export function instrument(options: InstrumentOptions = {}): () => void {
  const meter = options.meter ?? metrics.getMeter('keyproof', VERSION);
  const calls = meter.createCounter('keyproof.calls', { description: 'Calls of memoised methods', unit: '{call}' });
  const hits = meter.createCounter('keyproof.hits', {
    description: 'Calls answered from the cache (memory or store)',
    unit: '{call}',
  });
  const misses = meter.createCounter('keyproof.misses', {
    description: 'Calls with no usable entry, by keyproof.miss.reason',
    unit: '{call}',
  });
  const shared = meter.createCounter('keyproof.shared', {
    description: "Calls answered by an identical call's upstream call",
    unit: '{call}',
  });
  const upstream = meter.createCounter('keyproof.upstream_calls', {
    description: 'Calls of the upstream method',
    unit: '{call}',
  });
  const saved = meter.createCounter('keyproof.saved', {
    description: "The method's cost for each call answered without upstream (the cost's currency)",
  });
  const wouldBeHits = meter.createCounter('keyproof.would_be_hits', {
    description: 'Shadow mode: calls an entry could have answered (upstream was called)',
    unit: '{call}',
  });
  const wouldBeSaved = meter.createCounter('keyproof.would_be_saved', {
    description: "Shadow mode: the method's cost for each would-be hit (the cost's currency)",
  });
  const duration = meter.createHistogram('keyproof.call.duration', {
    description: 'Duration of memoised calls, by keyproof.source',
    unit: 'ms',
  });

  const tracer = options.spans === false ? undefined : (options.tracer ?? trace.getTracer('keyproof', VERSION));
  const onCall = ({ id, version, key, source, ms, cost, failed, size }: KeyproofEvents['call'][0]): void => {
    const method: Attributes = { 'keyproof.method': id, 'keyproof.version': version };
    if (tracer)
      cacheSpan(tracer, {
        key,
        ms,
        failed,
        hit: !failed && (source === 'memory' || source === 'store' || (source === 'shared' && size !== undefined)),
        size,
        attributes: { ...method, 'keyproof.source': source },
      });
    calls.add(1, method);
    if (source === 'upstream') upstream.add(1, method);
    else if (source === 'shared') shared.add(1, method);
    else if (!failed) hits.add(1, method);
    if (source !== 'upstream' && !failed && cost > 0) saved.add(cost, method);
    duration.record(
      ms,
      failed
        ? { ...method, 'keyproof.source': source, 'keyproof.failed': true }
        : { ...method, 'keyproof.source': source },
    );
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

/** One call as a `cache.get` span, ended now and started `ms` ago (the call event comes when the call settles). */
function cacheSpan(
  tracer: Tracer,
  call: { key: string; ms: number; failed: boolean; hit: boolean; size: number | undefined; attributes: Attributes },
): void {
  const end = Date.now();
  const span = tracer.startSpan(call.key, {
    startTime: end - call.ms,
    attributes: {
      'sentry.op': 'cache.get',
      'cache.hit': call.hit,
      'cache.key': [call.key],
      ...(call.size !== undefined ? { 'cache.item_size': call.size } : {}),
      ...call.attributes,
    },
  });
  if (call.failed) span.setStatus({ code: SpanStatusCode.ERROR });
  span.end(end);
}
