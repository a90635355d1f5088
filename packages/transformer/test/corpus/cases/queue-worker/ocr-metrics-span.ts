// origin: shape of a BullMQ OCR worker whose memoised call records a latency histogram and opens a tracing span with a fresh span id
// category: queue-worker
// decorators: tc39
// expect: clean
// why: the clock and the generated span id feed metrics and tracing only; the OCR request and the text returned depend on the key alone
import { randomBytes } from 'node:crypto';
import { memoize } from 'keyproof';

interface Histogram {
  observe(labels: Record<string, string>, value: number): void;
}

interface Tracer {
  startSpan(name: string, attrs: { spanId: string; startedAt: number }): { end(): void };
}

interface OcrClient {
  recognise(body: { imageSha256: string; languages: string[] }): Promise<{ text: string; confidence: number }>;
}

export interface OcrText {
  text: string;
  confidence: number;
}

export class OcrService {
  constructor(
    private readonly ocr: OcrClient,
    private readonly latency: Histogram,
    private readonly tracer: Tracer,
  ) {}

  @memoize({ version: 'ocr-v4', ttl: '90d', cost: 0.0015 })
  async recognise(imageSha256: string, languages: string[]): Promise<OcrText> {
    const startedAt = Date.now();
    const span = this.tracer.startSpan('ocr.recognise', { spanId: randomBytes(8).toString('hex'), startedAt });
    try {
      const out = await this.ocr.recognise({ imageSha256, languages: [...languages].sort() });
      return { text: out.text, confidence: out.confidence };
    } finally {
      this.latency.observe({ op: 'ocr' }, Date.now() - startedAt);
      span.end();
    }
  }
}
