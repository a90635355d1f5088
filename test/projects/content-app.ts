/**
 * Normalisers, property picks, omitted paths and class fields in the key (legacy decorators,
 * where parameter decorators exist). Prints upstream call counts as JSON.
 */
export function contentApp(): Record<string, string> {
  return {
    'content.ts': `import { cacheKey, memoize, normalize, notKey } from 'keyproof';

export const upstream = { caption: 0, palette: 0, thumbnail: 0 };

export interface Brand { name: string; colors: string[]; owner: { email: string } }
export interface ThumbRequest { url: string; width: number; jobId: string }

export class ContentService {
  @cacheKey model: string;
  @notKey verbose = false;

  constructor(model: string) {
    this.model = model;
  }

  @memoize({ version: 'caption-v1' })
  async caption(@cacheKey(normalize.text) prompt: string, @notKey requestId?: string): Promise<string> {
    upstream.caption++;
    return \`\${this.model}:\${prompt.trim()}:\${this.verbose ? requestId : ''}\`;
  }

  @memoize()
  async palette(@cacheKey('name', 'colors') brand: Brand): Promise<string[]> {
    upstream.palette++;
    return brand.colors;
  }

  /** @excludeFromKey req.jobId unique per run */
  @memoize()
  async thumbnail(req: ThumbRequest): Promise<string> {
    upstream.thumbnail++;
    return \`\${req.url}@\${req.width}\`;
  }
}
`,
    'main.ts': `import { close } from 'keyproof';
import { ContentService, upstream } from './content.js';

const a = new ContentService('gpt-a');
const b = new ContentService('gpt-b');
await a.caption('A  Red Logo', 'req-1');
await a.caption('a red logo', 'req-2');      // same after normalize.text, other request ID
await b.caption('a red logo', 'req-3');      // another model: a class field in the key
await a.palette({ name: 'acme', colors: ['red'], owner: { email: 'x@y' } });
await a.palette({ name: 'acme', colors: ['red'], owner: { email: 'z@y' } }); // owner not picked
await a.thumbnail({ url: 'u', width: 10, jobId: 'j1' });
await a.thumbnail({ url: 'u', width: 10, jobId: 'j2' }); // jobId omitted
await close();
console.log(JSON.stringify({ upstream }));
`,
  };
}
