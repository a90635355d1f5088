/**
 * The job-ID story as a tiny app, in both decorator modes. Prints how many times the expensive
 * thing underneath ran, as JSON, so the test counts upstream calls.
 */
export function logoApp(mode: 'tc39' | 'legacy'): Record<string, string> {
  const jobParam = mode === 'legacy' ? '@notKey jobId: string' : 'jobId: string';
  const jobDoc = mode === 'legacy' ? '' : '\n   * @excludeFromKey jobId unique per run';
  return {
    'service.ts': `import { memoize, notKey } from 'keyproof';

export const upstream = { generate: 0, render: 0, describe: 0 };

export class LogoService {
  /**
   * Generate a logo. The cache key does not include the job ID.${jobDoc}
   */
  @memoize({ version: 'gen-v3', cost: 0.04 })
  async generate(${jobParam}, name: string, colors: string[]): Promise<{ svg: string; bytes: Uint8Array }> {
    upstream.generate++;
    return { svg: \`<svg>\${name}:\${colors.join(',')}</svg>\`, bytes: new Uint8Array([1, 2, 3]) };
  }

  @memoize()
  async render(id: string, format = 'png'): Promise<string> {
    upstream.render++;
    return \`\${id}.\${format}\`;
  }
}

export const describe = memoize(async function describe(text: string): Promise<string> {
  upstream.describe++;
  return text.toUpperCase();
}, { cost: 0.01 });

void notKey;
`,
    'main.ts': `import { close } from 'keyproof';
import { describe, LogoService, upstream } from './service.js';

const service = new LogoService();
const first = await service.generate('job-1', 'acme', ['red']);
const second = await service.generate('job-2', 'acme', ['red']);
const other = await service.generate('job-3', 'acme', ['blue']);
await service.render('logo-1');
await service.render('logo-1', 'png');
await describe('hello');
await describe('hello');
await close();
console.log(JSON.stringify({
  upstream,
  same: first.svg === second.svg && other.svg !== first.svg,
  bytes: second.bytes instanceof Uint8Array && Array.from(second.bytes).join(','),
}));
`,
  };
}
