import { metrics } from '@opentelemetry/api';
import { DataPointType, MeterProvider, MetricReader, type ResourceMetrics } from '@opentelemetry/sdk-metrics';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { configure, resetConfig } from '../src/config.js';
import { events } from '../src/events.js';
import { memoize } from '../src/memoize.js';
import { instrument } from '../src/otel/index.js';
import { close } from '../src/stats.js';
import { planOn } from './support/hand-plan.js';
import { uniqueId } from './support/stores.js';

/**
 * The OpenTelemetry bridge, read back through the real SDK: a MeterProvider whose reader
 * collects on demand (the SDK's own MetricReader, no exporter and no timer).
 */
class OnDemandReader extends MetricReader {
  protected override async onForceFlush(): Promise<void> {}
  protected override async onShutdown(): Promise<void> {}
}

interface Point {
  readonly attributes: Record<string, unknown>;
  readonly value: number;
}

/** Every data point of `name` for `id`: counters' sums, histograms' counts. */
async function points(reader: MetricReader, name: string, id: string): Promise<Point[]> {
  const { resourceMetrics, errors } = await reader.collect();
  expect(errors).toEqual([]);
  return metricsOf(resourceMetrics)
    .filter((m) => m.descriptor.name === name)
    .flatMap((m) =>
      m.dataPoints.map((p) => ({
        attributes: p.attributes,
        value: m.dataPointType === DataPointType.HISTOGRAM ? (p.value as { count: number }).count : (p.value as number),
      })),
    )
    .filter((p) => p.attributes['keyproof.method'] === id);
}

function metricsOf(resource: ResourceMetrics) {
  return resource.scopeMetrics.flatMap((s) => s.metrics);
}

/** The one data point of `name` for `id` with these extra attributes (0 when none was recorded). */
async function pointValue(
  reader: MetricReader,
  name: string,
  id: string,
  extra: Record<string, string> = {},
): Promise<number> {
  const all = await points(reader, name, id);
  const found = all.filter((p) => Object.entries(extra).every(([k, v]) => p.attributes[k] === v));
  expect(found.length).toBeLessThanOrEqual(1);
  return found[0]?.value ?? 0;
}

let reader: OnDemandReader;
let provider: MeterProvider;

beforeEach(() => {
  configure({ store: 'memory://', flushIntervalMs: 0 });
  reader = new OnDemandReader();
  provider = new MeterProvider({ readers: [reader] });
});
afterEach(async () => {
  await provider.shutdown();
  metrics.disable();
  await close();
  resetConfig();
});

it('counts calls, hits, misses by reason, upstream calls and savings, and times calls by source', async () => {
  const id = uniqueId('Otel.gen');
  const upstream = vi.fn(async (x: number) => x * 10);
  const fn = memoize(upstream, { id, version: 'v2', cost: 0.25 }, planOn(id, 'x'));
  const stop = instrument({ meter: provider.getMeter('test') });

  expect([await fn(1), await fn(1), await fn(2)]).toEqual([10, 10, 20]);
  expect(upstream).toHaveBeenCalledTimes(2);

  const method = { 'keyproof.method': id, 'keyproof.version': 'v2' };
  expect(await points(reader, 'keyproof.calls', id)).toEqual([{ attributes: method, value: 3 }]);
  expect(await points(reader, 'keyproof.hits', id)).toEqual([{ attributes: method, value: 1 }]);
  expect(await points(reader, 'keyproof.misses', id)).toEqual([
    { attributes: { ...method, 'keyproof.miss.reason': 'new' }, value: 2 },
  ]);
  expect(await points(reader, 'keyproof.upstream_calls', id)).toEqual([{ attributes: method, value: 2 }]);
  expect(await points(reader, 'keyproof.shared', id)).toEqual([]);
  expect(await pointValue(reader, 'keyproof.saved', id)).toBeCloseTo(0.25);
  expect(await pointValue(reader, 'keyproof.call.duration', id, { 'keyproof.source': 'upstream' })).toBe(2);
  expect(await pointValue(reader, 'keyproof.call.duration', id, { 'keyproof.source': 'memory' })).toBe(1);
  expect((await points(reader, 'keyproof.call.duration', id)).map((p) => p.attributes)).toEqual([
    expect.objectContaining(method),
    expect.objectContaining(method),
  ]);

  stop();
  expect(events.listenerCount('call')).toBe(0);
  await fn(1);
  await fn(3);
  expect(await pointValue(reader, 'keyproof.calls', id)).toBe(3);
  expect(await pointValue(reader, 'keyproof.misses', id, { 'keyproof.miss.reason': 'new' })).toBe(2);
  expect(await pointValue(reader, 'keyproof.call.duration', id, { 'keyproof.source': 'memory' })).toBe(1);
});

it('counts a concurrent identical call as shared, and a call that threw as a failed call', async () => {
  const id = uniqueId('Otel.shared');
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const upstream = vi.fn(async (x: number) => {
    await gate;
    if (x < 0) throw new Error('negative');
    return x;
  });
  const fn = memoize(upstream, { id, cost: 2 }, planOn(id, 'x'));
  const stop = instrument({ meter: provider.getMeter('test') });
  const both = Promise.all([fn(5), fn(5)]);
  const failing = fn(-1).catch((error: Error) => error.message);
  release();
  expect(await both).toEqual([5, 5]);
  expect(await failing).toBe('negative');
  stop();

  expect(upstream).toHaveBeenCalledTimes(2);
  expect(await pointValue(reader, 'keyproof.calls', id)).toBe(3);
  expect(await pointValue(reader, 'keyproof.shared', id)).toBe(1);
  expect(await pointValue(reader, 'keyproof.upstream_calls', id)).toBe(2);
  expect(await pointValue(reader, 'keyproof.hits', id)).toBe(0);
  expect(await pointValue(reader, 'keyproof.saved', id)).toBe(2);
  expect(await pointValue(reader, 'keyproof.call.duration', id, { 'keyproof.source': 'shared' })).toBe(1);
  const upstreamTimes = (await points(reader, 'keyproof.call.duration', id)).filter(
    (p) => p.attributes['keyproof.source'] === 'upstream',
  );
  expect(upstreamTimes.map((p) => [p.attributes['keyproof.failed'] ?? false, p.value]).sort()).toEqual([
    [false, 1],
    [true, 1],
  ]);
});

it('uses the global meter provider by default', async () => {
  const id = uniqueId('Otel.global');
  metrics.setGlobalMeterProvider(provider);
  const fn = memoize(async (x: number) => x, { id }, planOn(id, 'x'));
  const stop = instrument();
  await fn(1);
  stop();
  expect(await pointValue(reader, 'keyproof.calls', id)).toBe(1);
  const scopes = (await reader.collect()).resourceMetrics.scopeMetrics.map((s) => s.scope);
  expect(scopes).toContainEqual(
    expect.objectContaining({ name: 'keyproof', version: expect.stringMatching(/^\d+\.\d+\.\d+/) }),
  );
});

it('times a hit read from the store (no front cache) as source `store`', async () => {
  configure({ frontCache: false });
  const id = uniqueId('Otel.store');
  const upstream = vi.fn(async (x: number) => x);
  const fn = memoize(upstream, { id, cost: 1 }, planOn(id, 'x'));
  const stop = instrument({ meter: provider.getMeter('test') });
  await fn(1);
  await fn(1);
  stop();
  expect(upstream).toHaveBeenCalledTimes(1);
  expect(await pointValue(reader, 'keyproof.hits', id)).toBe(1);
  expect(await pointValue(reader, 'keyproof.call.duration', id, { 'keyproof.source': 'store' })).toBe(1);
  expect(await pointValue(reader, 'keyproof.call.duration', id, { 'keyproof.source': 'upstream' })).toBe(1);
});

it('exports shadow mode: would-be hits and would-be savings, while every call still goes upstream', async () => {
  const id = uniqueId('Otel.shadow');
  const upstream = vi.fn(async (x: number) => x + 1);
  const fn = memoize(upstream, { id, version: 's1', cost: 0.5, mode: 'shadow' }, planOn(id, 'x'));
  const stop = instrument({ meter: provider.getMeter('test') });
  for (const x of [1, 1, 1, 2]) await fn(x);
  stop();
  expect(upstream).toHaveBeenCalledTimes(4); // shadow: upstream is always called
  const method = { 'keyproof.method': id, 'keyproof.version': 's1' };
  expect(await points(reader, 'keyproof.would_be_hits', id)).toEqual([{ attributes: method, value: 2 }]);
  expect(await pointValue(reader, 'keyproof.would_be_saved', id)).toBeCloseTo(1.0);
  expect(await pointValue(reader, 'keyproof.hits', id)).toBe(0);
  expect(await pointValue(reader, 'keyproof.upstream_calls', id)).toBe(4);
  expect(events.listenerCount('would-be-hit')).toBe(0);
});

it("emits a cache.get span per call in the shape Sentry's Caches module reads: cache.hit, the hashed key, the item size", async () => {
  const id = uniqueId('Otel.spans');
  const exporter = new InMemorySpanExporter();
  const tracing = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
  const upstream = vi.fn(async (name: string) => ({ greeting: `hello ${name}` }));
  const fn = memoize(upstream, { id, version: 'v1' }, planOn(id, 'name'));
  const stop = instrument({ meter: provider.getMeter('test'), tracer: tracing.getTracer('test') });
  await fn('ada');
  await fn('ada');
  stop();
  expect(upstream).toHaveBeenCalledTimes(1);
  const spans = exporter.getFinishedSpans();
  expect(spans).toHaveLength(2);
  const [miss, hit] = spans as [(typeof spans)[0], (typeof spans)[0]];
  expect(miss.name).toMatch(new RegExp(`^keyproof:${id.replace(/\./g, '\\.')}:v1:[0-9a-f]{64}$`));
  expect(hit.name).toBe(miss.name);
  expect(miss.attributes).toMatchObject({
    'sentry.op': 'cache.get',
    'cache.hit': false,
    'cache.key': [miss.name],
    'keyproof.source': 'upstream',
    'keyproof.method': id,
  });
  expect(miss.attributes['cache.item_size']).toBeUndefined();
  expect(hit.attributes).toMatchObject({
    'sentry.op': 'cache.get',
    'cache.hit': true,
    'cache.key': [miss.name],
    'keyproof.source': 'memory',
  });
  expect(hit.attributes['cache.item_size']).toBeGreaterThan('hello ada'.length); // the encoded value's bytes
  expect(JSON.stringify(spans.map((s) => s.attributes))).not.toContain('ada'); // no argument, no value
  const metricsOnly = new InMemorySpanExporter();
  const quiet = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(metricsOnly)] });
  const stopQuiet = instrument({ meter: provider.getMeter('test'), tracer: quiet.getTracer('test'), spans: false });
  await fn('ada');
  stopQuiet();
  expect(metricsOnly.getFinishedSpans()).toEqual([]);
  await tracing.shutdown();
  await quiet.shutdown();
});
