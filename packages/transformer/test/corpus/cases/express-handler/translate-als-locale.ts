// origin: shape of an Express app that puts the caller's locale in AsyncLocalStorage middleware and a translation service that reads it
// category: express-handler
// decorators: tc39
// expect: KP* getStore|locale|requestContext
// why: AsyncLocalStorage context is the request being served; it picks the upstream target language without being keyed
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Request, Response, NextFunction } from 'express';
import OpenAI from 'openai';
import { memoize } from 'keyproof';

interface RequestContext {
  locale: string;
  userId?: string;
}

export const requestContext = new AsyncLocalStorage<RequestContext>();

export function localeMiddleware(req: Request, _res: Response, next: NextFunction): void {
  const locale = req.headers['accept-language']?.split(',')[0] ?? 'en';
  requestContext.run({ locale }, () => next());
}

export class ProductCopyTranslator {
  constructor(private readonly openai: OpenAI) {}

  @memoize({ version: 'v1', ttl: '30d', cost: 0.003 })
  async translate(productId: string, copy: string): Promise<string> {
    const locale = requestContext.getStore()?.locale ?? 'en';
    const completion = await this.openai.chat.completions.create({
      model: 'gpt-4o-mini',
      temperature: 0,
      messages: [
        { role: 'system', content: `Translate e-commerce product copy into ${locale}. Keep SKUs untouched.` },
        { role: 'user', content: copy },
      ],
    });
    return completion.choices[0]?.message.content ?? copy;
  }
}

export const translator = new ProductCopyTranslator(new OpenAI());

export async function getProductCopy(req: Request<{ id: string }>, res: Response): Promise<void> {
  const text = await translator.translate(req.params.id, String(req.query['copy'] ?? ''));
  res.json({ text });
}
