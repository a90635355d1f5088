// origin: review probe (round 10 rules): module const { platform } = process used at load, and a method parameter named platform (in the key)
// category: ci-connector
// decorators: tc39
// expect: clean
// why: module const { platform } = process used at load, and a method parameter named platform (in the key) (the review of round 10's rules; the expectation is the principle's).
import { memoize } from 'keyproof';
const { platform } = process;
const shell = platform === 'win32' ? 'pwsh' : 'bash';
export function defaultShell(): string { return shell; }
export class Releases {
  @memoize({ version: 'rel-v1', ttl: '10m' })
  async assetUrl(tag: string, platform: 'linux' | 'darwin' | 'win32'): Promise<string | undefined> {
    const res = await fetch(`https://api.github.com/repos/acme/cli/releases/tags/${tag}`);
    const body = (await res.json()) as { assets: { name: string; browser_download_url: string }[] };
    return body.assets.find((a) => a.name.includes(platform))?.browser_download_url;
  }
}
