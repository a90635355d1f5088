// origin: shape of an Express invoice-preview handler that formats amounts with the process default locale
// category: express-handler
// decorators: tc39
// expect: KP* NumberFormat|Intl|locale
// why: Intl.NumberFormat() with no locale reads the host's default locale, an ambient input that shapes the returned text but is not keyed
import { Router, type Request, type Response } from 'express';
import { memoize } from 'keyproof';

interface LineItem {
  label: string;
  cents: number;
}

async function loadLines(invoiceId: string): Promise<LineItem[]> {
  const res = await fetch(`https://billing.internal/invoices/${invoiceId}/lines`);
  return (await res.json()) as LineItem[];
}

export const renderPreview = memoize(
  async function renderPreview(invoiceId: string, currency: string): Promise<string[]> {
    const lines = await loadLines(invoiceId);
    const fmt = new Intl.NumberFormat(undefined, { style: 'currency', currency });
    return lines.map((l) => `${l.label.padEnd(30)} ${fmt.format(l.cents / 100)}`);
  },
  { version: 'preview-v1', ttl: '1h' },
);

export const router = Router();
router.get('/invoices/:id/preview', async (req: Request<{ id: string }>, res: Response) => {
  res.json({ lines: await renderPreview(req.params.id, String(req.query.currency ?? 'EUR')) });
});
