// origin: shape of an Express endpoint that drafts marketing emails from on-disk prompt templates (never a verbatim copy)
// category: express-handler
// decorators: legacy
// expect: KP91046 TEMPLATE_DIR
// why: the template directory is resolved from process.cwd() and the file read from it becomes the prompt; which file that is depends on where the process was started, and nothing states it in the key (principle 2).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Router, type Request, type Response } from 'express';
import OpenAI from 'openai';
import { memoize, notKey } from 'keyproof';

// Templates live next to the app: ./prompts/email/<campaign>.md
const TEMPLATE_DIR = path.resolve(process.cwd(), 'prompts', 'email');

export interface EmailDraft {
  subject: string;
  body: string;
}

export class EmailDrafter {
  constructor(private readonly openai: OpenAI) {}

  @memoize({ version: 'email-draft-v5', ttl: '2w', cost: 0.01 })
  async draft(campaign: string, productName: string, @notKey('only used for the audit log') requestedBy: string): Promise<EmailDraft> {
    const template = await readFile(path.join(TEMPLATE_DIR, `${campaign}.md`), 'utf8');
    console.info(`[email] ${requestedBy} drafted ${campaign} for ${productName}`);
    const completion = await this.openai.chat.completions.create({
      model: 'gpt-4o-mini',
      temperature: 0.4,
      response_format: { type: 'json_object' },
      messages: [
        { role: 'system', content: template },
        { role: 'user', content: JSON.stringify({ product: productName }) },
      ],
    });
    const parsed = JSON.parse(completion.choices[0]?.message.content ?? '{}') as Partial<EmailDraft>;
    return { subject: parsed.subject ?? '', body: parsed.body ?? '' };
  }
}

export function emailRouter(drafter: EmailDrafter) {
  return Router().post('/emails/draft', async (req: Request<Record<string, string>, { campaign: string; product: string }>, res: Response) => {
    res.json(await drafter.draft(req.body.campaign, req.body.product, String(req.headers['x-user'] ?? 'anonymous')));
  });
}
