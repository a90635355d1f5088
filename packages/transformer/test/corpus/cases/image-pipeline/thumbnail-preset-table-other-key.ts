// origin: shape of an image-resize service that caches preset definitions in a Map and falls back to whatever "default" preset was loaded
// category: image-pipeline
// decorators: tc39
// expect: KP* presetCache
// why: the Map is filled at each preset's own name, but the memoised body reads it at another key ('default'): whether that entry exists depends on earlier calls, so it is state
import { memoize } from 'keyproof';

interface Preset {
  width?: number;
  height?: number;
  format?: 'webp' | 'avif' | 'jpeg';
  quality?: number;
}

interface PresetStore {
  fetchPreset(name: string): Promise<Preset>;
}

interface Resizer {
  resize(sourceKey: string, opts: Required<Preset>): Promise<Uint8Array>;
}

const presetCache = new Map<string, Preset>();

export class ThumbnailService {
  constructor(private readonly presets: PresetStore, private readonly resizer: Resizer) {}

  private async loadPreset(name: string): Promise<Preset> {
    let preset = presetCache.get(name);
    if (!preset) {
      preset = await this.presets.fetchPreset(name);
      presetCache.set(name, preset);
    }
    return preset;
  }

  @memoize({ version: 'thumb-v2', ttl: '30d', cost: 0.0003 })
  async thumbnail(sourceKey: string, presetName: string): Promise<Uint8Array> {
    const preset = await this.loadPreset(presetName);
    const fallback = presetCache.get('default') ?? {};
    return this.resizer.resize(sourceKey, {
      width: preset.width ?? fallback.width ?? 256,
      height: preset.height ?? fallback.height ?? 256,
      format: preset.format ?? fallback.format ?? 'webp',
      quality: preset.quality ?? fallback.quality ?? 80,
    });
  }
}
