// origin: shape of an image-variant renderer that fans out over a bounded pool of upstream connections (never a verbatim copy)
// category: image-pipeline
// decorators: legacy
// expect: clean
// why: the pool size from the environment, the excluded job id, the per-call scratch path (excluded) and the timing histogram only affect how and where work runs; the bytes depend on the source and spec (principles 1 and 3).
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nanoid } from 'nanoid';
import { memoize, notKey } from 'keyproof';

export interface VariantSpec { width: number; height: number; format: 'webp' | 'avif' | 'jpeg' }

interface ImagingApi {
  transform(input: { sourceUrl: string; width: number; height: number; format: string }): Promise<Uint8Array>;
}

class Pool {
  private free: number;
  private readonly queue: (() => void)[] = [];
  constructor(size: number) { this.free = size; }
  async use<T>(fn: () => Promise<T>): Promise<T> {
    if (this.free === 0) await new Promise<void>((r) => this.queue.push(r));
    else this.free--;
    try { return await fn(); } finally {
      const next = this.queue.shift();
      if (next) next(); else this.free++;
    }
  }
}

class Histogram {
  readonly samples: number[] = [];
  record(ms: number): void { this.samples.push(ms); }
}

const renderLatency = new Histogram();

export class VariantRenderer {
  private readonly pool = new Pool(Number(process.env.IMAGING_POOL_SIZE ?? 3));

  constructor(private readonly imaging: ImagingApi) {}

  @memoize({ version: 'variant-v4', ttl: '180d', cost: 0.003 })
  async render(
    @notKey('queue bookkeeping') jobId: string,
    sourceUrl: string,
    spec: VariantSpec,
    @notKey('scratch copy for the uploader, unique per call') outputPath: string = join(tmpdir(), `${nanoid()}.${spec.format}`),
  ): Promise<Uint8Array> {
    const t0 = performance.now();
    const bytes = await this.pool.use(() => this.imaging.transform({ sourceUrl, ...spec }));
    await writeFile(outputPath, bytes);
    renderLatency.record(performance.now() - t0);
    console.log(`job ${jobId}: ${spec.width}x${spec.height} ${spec.format} -> ${outputPath}`);
    return bytes;
  }
}
