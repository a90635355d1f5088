// origin: shape of a logo-generation endpoint that spreads the request body into a spec and stamps it with a nanoid job id
// category: image-pipeline
// decorators: tc39
// expect: KP* jobId|spec
// why: the spec parameter is keyed whole and carries `jobId: nanoid()` added by a spread at the call site: a per-call value in the key
import { nanoid } from 'nanoid';
import OpenAI from 'openai';
import { Router, type Request, type Response } from 'express';
import { memoize } from 'keyproof';

const openai = new OpenAI();

interface LogoSpec {
  brand: string;
  style: 'flat' | 'line' | 'mascot';
  colors: string[];
  jobId: string;
}

export class LogoGenerator {
  @memoize({ version: 'logo-v2', ttl: '30d', cost: 0.04 })
  async generate(spec: LogoSpec): Promise<string[]> {
    const prompt = `A ${spec.style} logo for "${spec.brand}" using ${spec.colors.join(', ')}.`;
    const res = await openai.images.generate({ model: 'dall-e-3', prompt, size: '1024x1024', n: 1 });
    console.info(`logo job ${spec.jobId} done`);
    return res.data.map((d) => d.b64_json ?? '');
  }
}

const generator = new LogoGenerator();
export const router = Router();
router.post('/logos', async (req: Request<Record<string, string>, Omit<LogoSpec, 'jobId'>>, res: Response) => {
  const spec: LogoSpec = { ...req.body, jobId: nanoid() };
  res.status(201).json({ jobId: spec.jobId, images: await generator.generate(spec) });
});
