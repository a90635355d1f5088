// origin: shape of a render pipeline that builds a job object with spread defaults and a fresh scratch directory, then memoises the render on the job (your own writing)
// category: image-pipeline
// decorators: tc39
// expect: KP* scratchDir|job
// why: the keyed `job` parameter carries `scratchDir`, a fresh random directory name per call (via `randomUUID`), so the key never repeats (nothing more)
import { randomUUID } from 'node:crypto';
import * as os from 'node:os';
import * as path from 'node:path';
import { memoize } from 'keyproof';

export interface RenderJob { sceneUrl: string; width: number; height: number; samples: number; scratchDir: string }

interface RenderFarm { render(job: RenderJob): Promise<Uint8Array> }
declare const farm: RenderFarm;

const RENDER_DEFAULTS = { width: 1920, height: 1080, samples: 64 } as const;

export const renderScene = memoize(
  async function renderScene(job: RenderJob): Promise<Uint8Array> {
    return farm.render(job);
  },
  { ttl: '30d', cost: 0.4 },
);

export async function renderPreview(sceneUrl: string, overrides: Partial<Pick<RenderJob, 'width' | 'height' | 'samples'>> = {}): Promise<Uint8Array> {
  const job: RenderJob = {
    ...RENDER_DEFAULTS,
    ...overrides,
    sceneUrl,
    scratchDir: path.join(os.tmpdir(), `render-${randomUUID()}`),
  };
  return renderScene(job);
}
