import { expect, it } from 'vitest';
import { normalize } from '../../src/normalize.js';
import { counted, forEachStore } from './suite.js';

forEachStore('hits and misses', () => {
  it('answers the second identical call from the cache: one upstream call', async () => {
    const { fn, upstream } = counted('gen', [{ name: 'name', index: 0 }], (name: string) => ({
      logo: `logo of ${name}`,
    }));
    expect(await fn('Acme')).toEqual({ logo: 'logo of Acme' });
    expect(await fn('Acme')).toEqual({ logo: 'logo of Acme' });
    expect(upstream).toHaveBeenCalledTimes(1);
  });

  it('calls upstream again for a different key value', async () => {
    const { fn, upstream } = counted('gen', [{ name: 'name', index: 0 }], (name: string) => name.length);
    await fn('Acme');
    await fn('Bakery');
    expect(upstream).toHaveBeenCalledTimes(2);
  });

  it('shares one entry across calls that differ only in an excluded job ID (the seed story)', async () => {
    const { fn, upstream } = counted(
      'generate',
      [
        { name: 'mode', index: 1 },
        { name: 'name', index: 2 },
      ],
      (jobId: string, mode: string, name: string) => `${mode}:${name}`,
    );
    await fn('job-4f2c81', 'new', 'Acme Bakery');
    await fn('job-9a77e0', 'new', 'Acme Bakery');
    await fn('job-0000aa', 'new', 'Acme Bakery');
    expect(upstream).toHaveBeenCalledTimes(1);
    // …and the upstream still received the job ID it was called with
    expect(upstream.mock.calls[0]![0]).toBe('job-4f2c81');
  });

  it('keys on picked property paths only', async () => {
    const { fn, upstream } = counted(
      'pick',
      [{ name: 'req', index: 0, pick: ['name', 'style.colors'] }],
      (req: object) => Object.keys(req).length,
    );
    await fn({ name: 'a', style: { colors: ['#fff'], font: 'x' }, jobId: 1 });
    await fn({ name: 'a', style: { colors: ['#fff'], font: 'y' }, jobId: 2 });
    expect(upstream).toHaveBeenCalledTimes(1);
    await fn({ name: 'a', style: { colors: ['#000'] }, jobId: 2 });
    expect(upstream).toHaveBeenCalledTimes(2);
  });

  it("keys on the object without omitted paths, and leaves the caller's object intact", async () => {
    const { fn, upstream } = counted(
      'omit',
      [{ name: 'req', index: 0, omit: ['jobId', 'meta.trace'] }],
      (req: object) => JSON.stringify(req),
    );
    const first = { prompt: 'p', jobId: 'a', meta: { trace: 't1', lang: 'en' } };
    await fn(first);
    await fn({ prompt: 'p', jobId: 'b', meta: { trace: 't2', lang: 'en' } });
    expect(upstream).toHaveBeenCalledTimes(1);
    expect(first).toEqual({ prompt: 'p', jobId: 'a', meta: { trace: 't1', lang: 'en' } });
    await fn({ prompt: 'p', jobId: 'b', meta: { trace: 't2', lang: 'fr' } });
    expect(upstream).toHaveBeenCalledTimes(2);
  });

  it('applies the normaliser: case and white space do not split entries', async () => {
    const { fn, upstream } = counted(
      'classify',
      [{ name: 'text', index: 0, normalize: normalize.text }],
      (text: string) => text.length,
    );
    await fn('Hello World');
    await fn('  hello\n\tWORLD ');
    expect(upstream).toHaveBeenCalledTimes(1);
    // the upstream receives the original text, not the normalised key value
    expect(upstream.mock.calls[0]![0]).toBe('Hello World');
  });

  it('keeps versions apart: a new model version starts a new namespace', async () => {
    const shared = { fields: [{ name: 'q', index: 0 }] };
    const v1 = counted('model', shared.fields, (q: string) => `v1:${q}`, { version: 'v1' });
    const v2 = counted('model', shared.fields, (q: string) => `v2:${q}`, { version: 'v2' });
    expect(await v1.fn('x')).toBe('v1:x');
    expect(await v2.fn('x')).toBe('v2:x');
    expect(await v1.fn('x')).toBe('v1:x');
    expect(v1.upstream).toHaveBeenCalledTimes(1);
    expect(v2.upstream).toHaveBeenCalledTimes(1);
  });

  it('never caches errors: a failed call is retried upstream', async () => {
    let fail = true;
    const { fn, upstream } = counted('flaky', [{ name: 'x', index: 0 }], (x: number) => {
      if (fail) throw new Error('upstream 503');
      return x * 2;
    });
    await expect(fn(2)).rejects.toThrow('upstream 503');
    fail = false;
    expect(await fn(2)).toBe(4);
    expect(await fn(2)).toBe(4);
    expect(upstream).toHaveBeenCalledTimes(2);
  });

  it('refuses an unencodable argument before calling upstream', async () => {
    const { fn, upstream, id } = counted('bad', [{ name: 'cb', index: 0 }], (_cb: unknown) => 1);
    await expect(fn(() => 1)).rejects.toThrow(
      new RegExp(`cannot encode ${id.replace(/\./g, '\\.')}\\(cb\\) for the cache key: it is a function`),
    );
    expect(upstream).not.toHaveBeenCalled();
  });
});
