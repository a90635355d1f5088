// origin: shape of a map-tile pre-renderer that stops work cleanly on shutdown (never a verbatim copy)
// category: image-pipeline
// decorators: legacy
// expect: KP91046|KP91040 shutdown
// why: the loop checks the service's shutdown signal and returns the tiles rendered so far, so a partial answer made by service state would be stored under the full key (principles 2 and 5); cancellation here shortens the answer.
import { Inject, Injectable, Logger } from '@nestjs/common';
import { memoize } from 'keyproof';

export interface TileRenderer {
  render(input: { style: string; z: number; x: number; y: number }, init?: { signal?: AbortSignal }): Promise<Uint8Array>;
}

export interface TileSet {
  style: string;
  zoom: number;
  tiles: { x: number; y: number; png: Uint8Array }[];
}

@Injectable()
export class TilePrerenderService {
  private readonly logger = new Logger(TilePrerenderService.name);
  private readonly shutdown = new AbortController();

  constructor(@Inject('TILE_RENDERER') private readonly renderer: TileRenderer) {
    process.once('SIGTERM', () => this.shutdown.abort());
  }

  /** Every tile of a zoom level inside a bounding box of tile coordinates. */
  @memoize({ version: 'tiles-v4', ttl: '30d', cost: 0.02 })
  async renderArea(style: string, zoom: number, minX: number, minY: number, maxX: number, maxY: number): Promise<TileSet> {
    const tiles: TileSet['tiles'] = [];
    for (let x = minX; x <= maxX; x++) {
      for (let y = minY; y <= maxY; y++) {
        if (this.shutdown.signal.aborted) {
          this.logger.warn(`shutdown during ${style}/${zoom}: returning ${tiles.length} tiles`);
          return { style, zoom, tiles };
        }
        tiles.push({ x, y, png: await this.renderer.render({ style, z: zoom, x, y }) });
      }
    }
    return { style, zoom, tiles };
  }
}
