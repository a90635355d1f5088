// origin: shape of a map-tile pre-renderer that aborts in-flight renders on shutdown (never a verbatim copy)
// category: image-pipeline
// decorators: legacy
// expect: clean
// why: the service's shutdown signal is only handed to the renderer, so cancellation makes the call fail (nothing is stored) and never shortens the answer (principle 3, cancellation that only fails the call).
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
        // An aborted render rejects, so an interrupted area is never returned or stored.
        const png = await this.renderer.render({ style, z: zoom, x, y }, { signal: this.shutdown.signal });
        tiles.push({ x, y, png });
      }
    }
    this.logger.debug(`rendered ${tiles.length} tiles for ${style}/${zoom}`);
    return { style, zoom, tiles };
  }
}
