// origin: shape of an Express summarise endpoint that bundles request metadata into a context object
// category: express-handler
// decorators: tc39
// expect: KP* ctx|requestId
// why: the context object carries the request id (header or a fresh UUID) into a keyed parameter: a per-call value in the key
import { randomUUID } from 'node:crypto';
import { Router, type Request, type Response } from 'express';
import OpenAI from 'openai';
import { memoize } from 'keyproof';

const openai = new OpenAI();

interface CallContext {
  requestId: string;
  route: string;
}

function contextOf(req: Request): CallContext {
  return { requestId: req.header('x-request-id') ?? randomUUID(), route: req.path };
}

export const summarise = memoize(
  async function summarise(text: string, ctx: CallContext): Promise<string> {
    const completion = await openai.chat.completions.create({
      model: 'gpt-4o-mini',
      messages: [
        { role: 'system', content: 'Summarise in three sentences.' },
        { role: 'user', content: text },
      ],
      user: ctx.requestId,
    });
    return completion.choices[0]?.message.content ?? '';
  },
  { version: 'sum-v1', ttl: '7d', cost: 0.002 },
);

export const router = Router();
router.post('/summaries', async (req: Request<Record<string, string>, { text: string }>, res: Response) => {
  const ctx = contextOf(req);
  res.set('x-request-id', ctx.requestId);
  res.json({ summary: await summarise(req.body.text, ctx) });
});
