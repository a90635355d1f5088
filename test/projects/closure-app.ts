/**
 * The closure story: a factory that closes over a chain id, the most common shape of real
 * `memoize(fn)` code. Built green only once the capture is decided; `@cacheKey chainId` in the
 * doc comment puts the captured value into the key, read where `memoize` is called. Prints the
 * upstream calls as JSON, so the test counts them.
 */
export function closureApp(): Record<string, string> {
  return {
    'tokens.ts': `import { memoize } from 'keyproof';

export const upstream = { tokenList: 0, byChain: {} as Record<string, number> };

export function tokenLists(chainId: number) {
  const base = \`https://tokens.example/\${chainId}\`;
  /** @cacheKey chainId */
  const list = memoize(async function tokenList(kind: string): Promise<string[]> {
    upstream.tokenList++;
    upstream.byChain[String(chainId)] = (upstream.byChain[String(chainId)] ?? 0) + 1;
    return [\`\${base}/\${kind}\`];
  });
  return { list };
}
`,
    'main.ts': `import { close } from 'keyproof';
import { tokenLists, upstream } from './tokens.js';

const mainnet = tokenLists(1);
const optimism = tokenLists(10);
const a = await mainnet.list('default');
const b = await optimism.list('default');
const c = await mainnet.list('default');
const d = await tokenLists(10).list('default');
await close();
console.log(JSON.stringify({ upstream, lists: [a, b, c, d] }));
`,
  };
}
