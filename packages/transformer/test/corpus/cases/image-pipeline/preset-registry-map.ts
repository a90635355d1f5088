// origin: shape of an image-processing module with a preset registry (a module-level Map filled at startup by plugins) read by a memoised transform
// category: image-pipeline
// decorators: tc39
// expect: KP* presets
// why: the Map is mutable module state (registerPreset writes it); the memoised transform reads a preset from it by name, so re-registering a preset serves stale images (nothing less)
import { memoize } from 'keyproof';

export interface Preset {
  width: number;
  height: number;
  fit: 'cover' | 'contain';
  sharpen: boolean;
}

const presets = new Map<string, Preset>();

export function registerPreset(name: string, preset: Preset): void {
  presets.set(name, preset);
}

declare const imaging: { transform(source: Uint8Array, p: Preset): Promise<Uint8Array> };

export const applyPreset = memoize(
  async function applyPreset(source: Uint8Array, presetName: string): Promise<Uint8Array> {
    const preset = presets.get(presetName);
    if (!preset) throw new Error(`unknown preset ${presetName}`);
    return imaging.transform(source, preset);
  },
  { ttl: '30d', cost: 0.001 },
);
