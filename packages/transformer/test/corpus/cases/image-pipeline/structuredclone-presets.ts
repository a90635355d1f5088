// origin: shape of an image-optimisation module that snapshots its mutable preset table per call
// category: image-pipeline
// decorators: tc39
// expect: KP* presets
// why: structuredClone copies mutable module state that setPreset changes; the copy shapes the upstream encode options but is not keyed
import { memoize } from 'keyproof';

interface EncodeOptions {
  quality: number;
  progressive: boolean;
  stripMetadata: boolean;
}

let presets: Record<'web' | 'print', EncodeOptions> = {
  web: { quality: 72, progressive: true, stripMetadata: true },
  print: { quality: 95, progressive: false, stripMetadata: false },
};

export function setPreset(name: 'web' | 'print', patch: Partial<EncodeOptions>): void {
  presets = { ...presets, [name]: { ...presets[name], ...patch } };
}

interface Encoder {
  encode(source: Uint8Array, options: EncodeOptions & { width: number }): Promise<Uint8Array>;
}

export function createOptimizer(encoder: Encoder) {
  return memoize(
    async function optimize(sourceHash: string, source: Uint8Array, target: 'web' | 'print', width: number): Promise<Uint8Array> {
      const snapshot = structuredClone(presets);
      const options = { ...snapshot[target], width };
      return encoder.encode(source, options);
    },
    { version: 'opt-v1', ttl: '60d', cost: 0.001 },
  );
}
