import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { configure, resetConfig } from '../src/config.js';
import { InvalidPlanError, MissingPlanError } from '../src/errors.js';
import { memoize } from '../src/memoize.js';
import { close, stats } from '../src/stats.js';
import { handPlan, planOn } from './support/hand-plan.js';
import { uniqueId } from './support/stores.js';

/**
 * Decorator plumbing, applied by hand in both calling conventions (the real decorator
 * syntax, compiled by tspc, is covered by the end-to-end builds in test/).
 */
beforeEach(() => configure({ store: 'memory://', flushIntervalMs: 0 }));
afterEach(async () => {
  await close();
  resetConfig();
});

it('TC39 decorator: replaces the method, binds this, keys on the plan', async () => {
  const id = uniqueId('Svc.gen');
  const upstream = vi.fn(async function (this: { prefix: string }, jobId: string, name: string) {
    return `${this.prefix}${name}`;
  });
  const context = {
    kind: 'method',
    name: 'gen',
    static: false,
    private: false,
  } as unknown as ClassMethodDecoratorContext;
  const replaced = memoize({ cost: 1 }, handPlan(id, [{ name: 'name', index: 1 }]))(upstream, context as never);
  const self = { prefix: '>' };
  expect(await replaced.call(self, 'job-1', 'a')).toBe('>a');
  expect(await replaced.call(self, 'job-2', 'a')).toBe('>a');
  expect(upstream).toHaveBeenCalledTimes(1);
  expect(upstream.mock.contexts[0]).toBe(self);
});

it('legacy decorator: returns a descriptor whose value is memoised', async () => {
  const id = uniqueId('Legacy.gen');
  const upstream = vi.fn(async (x: number) => x + 1);
  const descriptor = memoize(undefined, planOn(id, 'x'))({}, 'gen', {
    value: upstream,
    writable: true,
    configurable: true,
  });
  const fn = descriptor.value as (x: number) => Promise<number>;
  await fn(1);
  await fn(1);
  expect(upstream).toHaveBeenCalledTimes(1);
});

it('a key plan may read class fields through this (index -1)', async () => {
  const id = uniqueId('Model.ask');
  const upstream = vi.fn(async function (this: { model: string }, q: string) {
    return `${this.model}:${q}`;
  });
  const fn = memoize(
    upstream,
    { id },
    handPlan(id, [
      { name: 'q', index: 0 },
      { name: 'this.model', index: -1 },
    ]),
  );
  expect(await fn.call({ model: 'a' }, 'q')).toBe('a:q');
  expect(await fn.call({ model: 'b' }, 'q')).toBe('b:q');
  expect(await fn.call({ model: 'a' }, 'q')).toBe('a:q');
  expect(upstream).toHaveBeenCalledTimes(2);
});

it('without a plan, refuses at definition time and names the build step', () => {
  const define = () => memoize({ version: 'v1' })({}, 'generate', { value: async () => 1 });
  expect(define).toThrow(MissingPlanError);
  expect(define).toThrow(/Object\.generate is memoised but has no key plan/);
  expect(define).toThrow(/"transform": "@keyproof\/transformer".*tspc/s);
  expect(() => memoize(async (x: number) => x)).toThrow(/function anonymous is memoised but has no key plan/);
  const tc39Bare = () => memoize((async () => 1) as never, { kind: 'method', name: 'run' } as never);
  // a TC39 decorator is not told its class: the message says where the class is declared
  expect(tc39Bare).toThrow(
    /method run \(in the class declared at \S*test\/memoize\.test\.ts:\d+\) is memoised but has no key plan/,
  );
});

it('refuses a plan whose signature does not match its fields', () => {
  const plan = { ...planOn('Tampered.x', 'a'), signature: 'ffffffffffffffff' };
  expect(() => memoize(async (a: number) => a, {}, plan)).toThrow(InvalidPlanError);
});

it('the unplanned opt-out keys on every argument and warns once', async () => {
  const warn = vi.spyOn(process, 'emitWarning').mockImplementation(() => {});
  const id = uniqueId('unplanned');
  const upstream = vi.fn(async (jobId: string, name: string) => name);
  const fn = memoize(upstream, { id, unplanned: 'all-arguments' });
  await fn('job-1', 'a');
  await fn('job-1', 'a');
  await fn('job-2', 'a'); // every argument is key: the job ID splits the entry
  expect(upstream).toHaveBeenCalledTimes(2);
  expect(warn.mock.calls.filter((c) => String(c[0]).includes(id))).toHaveLength(1);
  warn.mockRestore();
});

it('rejects bad options with the method named', () => {
  expect(() => memoize(async () => 1, { id: 'x', ttl: 'soon' as never }, planOn('x'))).toThrow(
    /memoize\(\) on x: ttl "soon" is not a duration/,
  );
  expect(() => memoize(async () => 1, { id: 'x', cost: -1 }, planOn('x'))).toThrow(/cost -1 must be a finite number/);
  expect(() => memoize(async () => 1, { id: 'x', version: 'a:b' }, planOn('x'))).toThrow(/version "a:b"/);
});

it('the front cache answers warm hits without a store read', async () => {
  configure({ store: 'memory://', flushIntervalMs: 0 });
  const id = uniqueId('front');
  const upstream = vi.fn(async (x: number) => ({ x }));
  const fn = memoize(upstream, { id }, planOn(id, 'x'));
  await fn(1);
  const hits: string[] = [];
  const { events } = await import('../src/events.js');
  events.on('hit', (e) => hits.push(e.source));
  await fn(1);
  await fn(1);
  expect(hits).toEqual(['memory', 'memory']);
  expect((await stats()).process.find((m) => m.id === id)).toMatchObject({ hits: 2, upstreamCalls: 1 });
  events.removeAllListeners();
});

it('a listener that throws never fails the call it was told about', async () => {
  const { events } = await import('../src/events.js');
  const warn = vi.spyOn(process, 'emitWarning').mockImplementation(() => {});
  const id = uniqueId('listener');
  const upstream = vi.fn(async (x: number) => x + 1);
  const fn = memoize(upstream, { id }, planOn(id, 'x'));
  events.on('miss', () => {
    throw new Error('listener bug');
  });
  events.on('hit', () => {
    throw new Error('listener bug');
  });
  await expect(fn(1)).resolves.toBe(2);
  await expect(fn(1)).resolves.toBe(2);
  expect(upstream).toHaveBeenCalledTimes(1);
  expect(
    warn.mock.calls.some((c) => String(c[0]).includes("a listener of the 'miss' event threw (listener bug)")),
  ).toBe(true);
  events.removeAllListeners();
  warn.mockRestore();
});

it('refuses a second method under an id that is already taken: they would share entries', () => {
  const id = uniqueId('Api.get');
  memoize(async (url: string) => `users:${url}`, {}, { ...planOn(id, 'url'), source: 'svc-users/api.ts:3' });
  expect(() =>
    memoize(async (url: string) => `billing:${url}`, {}, { ...planOn(id, 'url'), source: 'svc-billing/api.ts:3' }),
  ).toThrow(/already used by the memoised method at svc-users\/api\.ts:3.*share cache entries.*memoize\(\{ id/s);
});

it('the front cache re-reads the store after maxAgeMs, so a clear elsewhere reaches this process', async () => {
  await close();
  configure({
    store: 'memory://',
    flushIntervalMs: 0,
    frontCache: { maxEntries: 100, maxBytes: 1 << 20, maxAgeMs: 1_000 }, // the second call lands inside it on any machine
  });
  const { events } = await import('../src/events.js');
  const id = uniqueId('front-age');
  const upstream = vi.fn(async (x: number) => ({ x }));
  const fn = memoize(upstream, { id }, planOn(id, 'x'));
  const sources: string[] = [];
  events.on('hit', (e) => sources.push(e.source));
  await fn(1);
  await fn(1);
  await new Promise((r) => setTimeout(r, 1_100));
  await fn(1);
  expect(sources).toEqual(['memory', 'store']);
  expect(upstream).toHaveBeenCalledTimes(1);
  events.removeAllListeners();
});

it('unplanned: refuses a second function under a taken id (they would serve each other’s results)', async () => {
  const warn = vi.spyOn(process, 'emitWarning').mockImplementation(() => {}); // KEYPROOF_UNPLANNED, once per id
  const id = uniqueId('load');
  const invoices = memoize(async (n: number) => `invoice#${n}`, { id, unplanned: 'all-arguments' });
  expect(() => memoize(async (n: number) => `user#${n}`, { id, unplanned: 'all-arguments' })).toThrow(
    new RegExp(
      `the id "${id.replace(/\./g, '\\.')}" is already used by the memoised function .*share cache entries.*memoize\\(\\{ id`,
      's',
    ),
  );
  // two different functions whose default id is their shared name: refused too
  const name = uniqueId('loadById').replace(/\./g, '_');
  const make = (kind: string) => ({ [name]: async (n: number) => `${kind}#${n}` })[name]!;
  memoize(make('invoice'), { unplanned: 'all-arguments' });
  expect(() => memoize(make('user'), { unplanned: 'all-arguments' })).toThrow(/already used/);
  expect(await invoices(7)).toBe('invoice#7');
  expect(warn.mock.calls.map((c) => (c[1] as { code?: string }).code)).toEqual([
    'KEYPROOF_UNPLANNED',
    'KEYPROOF_UNPLANNED',
  ]);
  warn.mockRestore();
});

it('unplanned: the same function memoised again under its id shares its entries (a re-evaluated module)', async () => {
  const warn = vi.spyOn(process, 'emitWarning').mockImplementation(() => {}); // KEYPROOF_UNPLANNED, once per id
  const id = uniqueId('again');
  const upstream = vi.fn(async (n: number) => n * 2);
  const a = memoize(upstream, { id, unplanned: 'all-arguments' });
  const b = memoize(upstream, { id, unplanned: 'all-arguments' });
  expect([await a(2), await b(2)]).toEqual([4, 4]);
  expect(upstream).toHaveBeenCalledTimes(1);
  expect(warn).toHaveBeenCalledTimes(1);
  warn.mockRestore();
});

it('unplanned TC39 method: the default id is Class.method (as with a plan), never the bare method name', async () => {
  const warn = vi.spyOn(process, 'emitWarning').mockImplementation(() => {}); // KEYPROOF_UNPLANNED, once per id
  const { events } = await import('../src/events.js');
  const keys: string[] = [];
  events.on('miss', (e) => keys.push(e.key));
  const name = uniqueId('Invoices').replace(/\./g, '_');
  const upstream = vi.fn(async (n: number) => n);
  const decorate = memoize({ unplanned: 'all-arguments' });
  const Invoices = { [name]: class {} }[name]!;
  const context = {
    kind: 'method',
    name: 'load',
    static: false,
    private: false,
  } as unknown as ClassMethodDecoratorContext;
  Object.defineProperty(Invoices.prototype, 'load', {
    value: decorate(upstream, context as never),
    configurable: true,
  });
  class Overdue extends Invoices {}
  const load = (self: object, n: number) => (self as { load(n: number): Promise<number> }).load(n);
  expect(await load(new Overdue(), 1)).toBe(1); // inherited: still the declaring class
  expect(await load(new Invoices(), 1)).toBe(1);
  expect(keys).toEqual([expect.stringMatching(new RegExp(`^keyproof:${name}\\.load:0:[0-9a-f]{64}$`))]);
  expect(upstream).toHaveBeenCalledTimes(1);
  expect(String(warn.mock.calls[0]?.[0])).toContain(`${name}.load runs without a key plan`);
  events.removeAllListeners();
  warn.mockRestore();
});
