// origin: shape of a map-tile stitcher that computes its tile grid with Array.from and times itself with performance.now
// category: image-pipeline
// decorators: legacy
// expect: clean
// why: the grid is derived from key parameters and constants; performance.now() and a random sample id reach only the metrics client
import { memoize } from 'keyproof';

interface TileApi {
  tile(z: number, x: number, y: number, style: string): Promise<Uint8Array>;
}

interface Metrics {
  timing(name: string, ms: number, tags: Record<string, string>): void;
}

const TILE_SIZE = 256;
const STYLE = Object.freeze({ name: 'streets-v12', scale: 2 });

export class StaticMapService {
  constructor(
    private readonly tiles: TileApi,
    private readonly metrics: Metrics,
  ) {}

  @memoize({ version: 'map-v1', ttl: '30d', cost: 0.003 })
  async stitch(zoom: number, x0: number, y0: number, widthPx: number, heightPx: number): Promise<Uint8Array[][]> {
    const t0 = performance.now();
    const sample = Math.random().toString(36).slice(2, 8);
    const cols = Math.ceil(widthPx / (TILE_SIZE * STYLE.scale));
    const rows = Math.ceil(heightPx / (TILE_SIZE * STYLE.scale));
    const grid = await Promise.all(
      Array.from({ length: rows }, (_, r) =>
        Promise.all(Array.from({ length: cols }, (_, c) => this.tiles.tile(zoom, x0 + c, y0 + r, STYLE.name))),
      ),
    );
    this.metrics.timing('map.stitch', performance.now() - t0, { sample, tiles: String(rows * cols) });
    return grid;
  }
}
