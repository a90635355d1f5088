// origin: shape of an Express upload route that mints a run id, then summarises the document in a promise chain
// category: express-handler
// decorators: tc39
// expect: KP* runId
// why: a nanoid minted per request travels through .then(...) and an object spread into a key parameter of the memoised summariser
import type { Request, Response } from 'express';
import { nanoid } from 'nanoid';
import Anthropic from '@anthropic-ai/sdk';
import { memoize } from 'keyproof';

const anthropic = new Anthropic();

interface SummaryJob {
  runId: string;
  title: string;
  body: string;
}

export const summarise = memoize(
  async function summarise(job: SummaryJob): Promise<string> {
    const msg = await anthropic.messages.create({
      model: 'claude-3-5-haiku-latest',
      max_tokens: 400,
      messages: [{ role: 'user', content: `Summarise "${job.title}" in five bullet points:\n\n${job.body}` }],
    });
    return msg.content.map((b) => b.text).join('');
  },
  { version: 'v1', ttl: '7d', cost: 0.004 },
);

export async function postSummary(req: Request<Record<string, string>, { title: string; body: string }>, res: Response): Promise<void> {
  const doc = { title: req.body.title, body: req.body.body };
  await Promise.resolve(nanoid())
    .then((runId) => summarise({ ...doc, runId }))
    .then((summary) => res.json({ summary }));
}
