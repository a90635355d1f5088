// origin: shape of an Express receipt page rendered by a memoised template service taking rest parameters (your own writing, never a verbatim copy)
// category: express-handler
// decorators: legacy
// expect: KP* nonce|parts|nanoid
// why: nothing more: the handler passes a fresh nanoid CSP nonce as one of the rest parameters, and every rest parameter is in the key, so the key never repeats
import { Router, type Request, type Response } from 'express';
import { nanoid } from 'nanoid';
import { memoize } from 'keyproof';

interface TemplateService {
  render(name: string, slots: Record<string, string>): Promise<string>;
}

declare const templates: TemplateService;

export const renderTemplate = memoize(
  async function renderTemplate(name: string, ...parts: string[]): Promise<string> {
    const slots: Record<string, string> = {};
    parts.forEach((p, i) => {
      slots[`slot${i}`] = p;
    });
    return templates.render(name, slots);
  },
  { version: 'tpl-v3', ttl: '1d', cost: 0.0002 },
);

export const receiptRouter = Router().get('/orders/:id/receipt', async (req: Request<{ id: string }>, res: Response) => {
  const order = { id: req.params.id, total: 42.5, currency: 'EUR' };
  const nonce = nanoid(16);
  const html = await renderTemplate('receipt', order.id, `${order.total.toFixed(2)} ${order.currency}`, nonce);
  res.set('Content-Security-Policy', `script-src 'nonce-${nonce}'`).send(html);
});
