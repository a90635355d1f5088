// origin: shape of a layered pipeline (queue handler → processLogo step → generateForJob helper → memoised service), the job id minted at the top and passed down two wrappers into a key parameter
// category: queue-worker
// decorators: tc39
// expect: KP91020 jobId
import { randomUUID } from 'node:crypto';
import { memoize } from 'keyproof';

interface ImageApi { generate(prompt: string): Promise<Uint8Array> }

export class BadgeService {
  constructor(private readonly images: ImageApi) {}

  @memoize({ ttl: '30d', cost: 0.03 })
  async badge(jobId: string, text: string, tier: 'gold' | 'silver'): Promise<Uint8Array> {
    return this.images.generate(`${tier} badge reading "${text}" (${jobId.slice(0, 0)})`);
  }
}

async function generateForJob(svc: BadgeService, jobId: string, text: string, tier: 'gold' | 'silver'): Promise<Uint8Array> {
  return svc.badge(jobId, text, tier);
}

async function processBadge(svc: BadgeService, jobId: string, payload: { text: string; tier: 'gold' | 'silver' }): Promise<number> {
  const png = await generateForJob(svc, jobId, payload.text.trim(), payload.tier);
  return png.byteLength;
}

export async function onMessage(svc: BadgeService, payload: { text: string; tier: 'gold' | 'silver' }): Promise<number> {
  return processBadge(svc, randomUUID(), payload);
}
