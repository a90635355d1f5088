// origin: shape of a BullMQ OCR worker started from the command line with flags (never a verbatim copy)
// category: queue-worker
// decorators: tc39
// expect: KP91044|KP91046 argv
// why: the OCR language comes from the command line through the flag helper and is sent to the paid OCR API, so workers started with different flags would share entries (principle 2). Scored: KP91044, the code keyproof gives the process's configuration (its environment and its command line) reaching the answer, so the expectation takes either code.
import { Worker, type Job } from 'bullmq';
import { memoize } from 'keyproof';

interface OcrJob {
  documentUrl: string;
  page: number;
}

/** `--lang=deu` style flags; the worker is launched per language pool by the ops scripts. */
function flag(name: string, fallback: string): string {
  const prefix = `--${name}=`;
  const hit = process.argv.find((a) => a.startsWith(prefix));
  return hit ? hit.slice(prefix.length) : fallback;
}

class OcrClient {
  @memoize({ version: 'ocr-v1', ttl: '60d', cost: 0.015 })
  async recognise(documentUrl: string, page: number): Promise<{ text: string; confidence: number }> {
    const res = await fetch('https://vision.example.com/v1/ocr', {
      method: 'POST',
      headers: { authorization: `Bearer ${process.env.OCR_TOKEN}` },
      body: JSON.stringify({ url: documentUrl, page, language: flag('lang', 'eng') }),
    });
    if (!res.ok) throw new Error(`ocr ${res.status}`);
    const out = (await res.json()) as { text: string; mean_confidence: number };
    return { text: out.text.trim(), confidence: out.mean_confidence };
  }
}

const ocr = new OcrClient();

export const worker = new Worker<OcrJob, string>('ocr', async (job: Job<OcrJob, string>) => {
  await job.updateProgress(10);
  const { text, confidence } = await ocr.recognise(job.data.documentUrl, job.data.page);
  await job.log(`page ${job.data.page}: confidence ${confidence.toFixed(2)}`);
  return text;
}, { concurrency: 2 });
