// origin: shape of a photo library service returning exported metadata classes from another module, nullable and in a Map (your own writing)
// category: image-pipeline
// decorators: legacy
// expect: clean
// why: `ImageMeta` / `GpsPoint` are exported classes of the program (nullable, nested, Map values) holding Date and Set: all round-trip
import { Injectable } from '@nestjs/common';
import { memoize } from 'keyproof';
import { GpsPoint, ImageMeta } from './image-meta';

interface VisionApi { exif(url: string): Promise<Record<string, string | number> | null> }

@Injectable()
export class PhotoMetaService {
  constructor(private readonly vision: VisionApi) {}

  @memoize({ version: 'exif-v1', ttl: '365d', cost: 0.001 })
  async meta(photoUrl: string): Promise<ImageMeta | null> {
    const raw = await this.vision.exif(photoUrl);
    if (!raw) return null;
    const meta = new ImageMeta();
    meta.camera = typeof raw.Model === 'string' ? raw.Model : null;
    meta.takenAt = typeof raw.DateTimeOriginal === 'string' ? new Date(raw.DateTimeOriginal) : null;
    if (typeof raw.GPSLatitude === 'number' && typeof raw.GPSLongitude === 'number') meta.gps = new GpsPoint(raw.GPSLatitude, raw.GPSLongitude);
    for (const k of Object.keys(raw)) if (k.startsWith('Keyword')) meta.tags.add(String(raw[k]));
    return meta;
  }

  @memoize({ version: 'exif-album-v1', ttl: '1d', cost: 0.01 })
  async album(photoUrls: string[]): Promise<Map<string, ImageMeta>> {
    const out = new Map<string, ImageMeta>();
    for (const url of photoUrls) {
      const m = await this.meta(url);
      if (m) out.set(url, m);
    }
    return out;
  }
}
