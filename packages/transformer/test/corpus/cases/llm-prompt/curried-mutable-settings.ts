// origin: shape of a prompt helper module with a curried withModel(model)(prompt) and an admin-switchable model setting
// category: llm-prompt
// decorators: tc39
// expect: KP* settings|model
// why: the model comes from a module object an admin route mutates; it reaches the upstream call through a curried helper and is not keyed
import OpenAI from 'openai';
import { Router, type Request, type Response } from 'express';
import { memoize } from 'keyproof';

const openai = new OpenAI();

export const settings = { model: 'gpt-4o-mini', temperature: 0 };

const withModel = (model: string) => async (prompt: string) => {
  const completion = await openai.chat.completions.create({
    model,
    temperature: settings.temperature,
    messages: [{ role: 'user', content: prompt }],
  });
  return completion.choices[0]?.message.content ?? '';
};

export const headline = memoize(
  async function headline(article: string): Promise<string> {
    const prompt = `Write one headline (max 12 words) for:\n\n${article.slice(0, 8_000)}`;
    return withModel(settings.model)(prompt);
  },
  { version: 'headline-v1', ttl: '30d', cost: 0.001 },
);

export const admin = Router();
admin.post('/admin/llm', (req: Request<Record<string, string>, { model?: string; temperature?: number }>, res: Response) => {
  if (req.body.model) settings.model = req.body.model;
  if (req.body.temperature !== undefined) settings.temperature = req.body.temperature;
  res.status(204).send();
});
