// origin: shape of a background-removal client returning PNG bytes in a Buffer with its dimensions
// category: image-pipeline
// decorators: legacy
// expect: clean
// why: Buffer, strings and numbers round-trip through the store; the excluded bytes are identified by the keyed sourceHash
import { createHash } from 'node:crypto';
import { memoize } from 'keyproof';

interface HttpClient {
  postBinary(url: string, body: Uint8Array, headers: Record<string, string>): Promise<{ body: Uint8Array; headers: Record<string, string> }>;
}

export interface Cutout {
  png: Buffer;
  width: number;
  height: number;
  sha256: string;
}

const ENDPOINT = 'https://cutout.example.com/v1/remove-background';

export class CutoutService {
  constructor(private readonly http: HttpClient) {}

  /** @excludeFromKey source identity already captured by sourceHash */
  @memoize({ version: 'cutout-v2', ttl: '90d', cost: 0.02 })
  async removeBackground(sourceHash: string, source: Uint8Array): Promise<Cutout> {
    const res = await this.http.postBinary(ENDPOINT, source, { 'content-type': 'application/octet-stream', 'x-source-hash': sourceHash });
    const png = Buffer.from(res.body);
    return {
      png,
      width: Number(res.headers['x-width'] ?? 0),
      height: Number(res.headers['x-height'] ?? 0),
      sha256: createHash('sha256').update(png).digest('hex'),
    };
  }
}
