// origin: shape of a BullMQ invoice-PDF worker that renders through a headless-browser service (never a verbatim copy)
// category: queue-worker
// decorators: tc39
// expect: KP91020|KP91021 outputPath
// why: the worker passes a fresh nanoid path into `outputPath`, a key parameter, so every call has a new key and the cache never hits (principle 1, a per-call output path reaching the key).
import { readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker, type Job } from 'bullmq';
import { nanoid } from 'nanoid';
import { memoize } from 'keyproof';

export interface InvoiceData {
  number: string;
  customer: string;
  lines: { description: string; amountCents: number }[];
  currency: string;
}

const RENDER_URL = 'https://pdf-render.internal.example.com/render';

/** Render the invoice HTML to PDF; the file at `outputPath` is scratch for the post-processor. */
export const renderInvoicePdf = memoize(
  async function renderInvoicePdf(invoice: InvoiceData, outputPath: string): Promise<Uint8Array> {
    const res = await fetch(RENDER_URL, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ template: 'invoice', data: invoice }),
    });
    await writeFile(outputPath, new Uint8Array(await res.arrayBuffer()));
    const pdf = await readFile(outputPath);
    await rm(outputPath, { force: true });
    return new Uint8Array(pdf);
  },
  { version: 'invoice-pdf-v1', ttl: '365d', cost: 0.003 },
);

export const invoiceWorker = new Worker<InvoiceData, number>('invoice-pdf', async (job: Job<InvoiceData, number>) => {
  const pdf = await renderInvoicePdf(job.data, join(tmpdir(), `invoice-${nanoid()}.pdf`));
  await job.log(`invoice ${job.data.number}: ${pdf.byteLength} bytes`);
  return pdf.byteLength;
});
