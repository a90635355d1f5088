// origin: shape of a map-tile pre-renderer that fans out by available parallelism and tags spans with the host (never a verbatim copy)
// category: image-pipeline
// decorators: tc39
// expect: clean
// why: availableParallelism() only sizes the fan-out and hostname() only labels a tracing span; the tiles fetched and the bytes returned depend on the key parameters alone (principle 3: pool sizing and span attributes).
import { availableParallelism, hostname } from 'node:os';
import { memoize } from 'keyproof';

interface Span { setAttribute(key: string, value: string | number): void; end(): void }
interface Tracer { startSpan(name: string): Span }
interface TileApi { tile(style: string, z: number, x: number, y: number): Promise<Uint8Array> }

const HOST = hostname();

export class MetaTileRenderer {
  constructor(private readonly tiles: TileApi, private readonly tracer: Tracer) {}

  /** A 4x4 meta-tile stitched from the paid tile API; zoomed-out tiles are shared by every user. */
  @memoize({ version: 'metatile-v2', ttl: '7d', cost: 0.016 })
  async metaTile(style: string, z: number, mx: number, my: number): Promise<Uint8Array[]> {
    const span = this.tracer.startSpan('metaTile');
    span.setAttribute('host.name', HOST);
    span.setAttribute('tile.z', z);
    const coords: [number, number][] = [];
    for (let dy = 0; dy < 4; dy++) for (let dx = 0; dx < 4; dx++) coords.push([mx * 4 + dx, my * 4 + dy]);

    const width = Math.max(1, Math.min(coords.length, availableParallelism()));
    const out: Uint8Array[] = new Array(coords.length);
    for (let i = 0; i < coords.length; i += width) {
      const slice = coords.slice(i, i + width);
      const got = await Promise.all(slice.map(([x, y]) => this.tiles.tile(style, z, x, y)));
      got.forEach((bytes, j) => { out[i + j] = bytes; });
    }
    span.setAttribute('tile.count', out.length);
    span.end();
    return out;
  }
}
