// origin: shape of a sprite-sheet builder returning each icon's PNG bytes in a Map, with the set of missing icons and a build date (your own writing, never a verbatim copy)
// category: image-pipeline
// decorators: legacy
// expect: clean
// why: return value: Map of Uint8Array, Set of strings, Date and a bigint checksum all round-trip through the store
import { memoize } from 'keyproof';

interface IconApi {
  png(name: string, size: number): Promise<Uint8Array | null>;
}

export interface SpriteSheet {
  icons: Map<string, Uint8Array>;
  missing: Set<string>;
  builtAt: Date;
  checksum: bigint;
}

export class SpriteBuilder {
  constructor(private readonly icons: IconApi) {}

  @memoize({ version: 'sprite-v2', ttl: '30d', cost: 0.002 })
  async build(names: string[], size: number): Promise<SpriteSheet> {
    const sheet: SpriteSheet = { icons: new Map(), missing: new Set(), builtAt: new Date(), checksum: 0n };
    for (const name of names) {
      const png = await this.icons.png(name, size);
      if (!png) {
        sheet.missing.add(name);
        continue;
      }
      sheet.icons.set(name, png);
      for (const b of png) sheet.checksum = (sheet.checksum * 31n + BigInt(b)) % 1_000_000_007n;
    }
    return sheet;
  }
}
