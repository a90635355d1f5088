import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Prices per call of the two paid endpoints. */
const PRICES = { describe: 0.01, classify: 0.002 } as const;

type Endpoint = keyof typeof PRICES;

/** The fake provider's invoice: calls per endpoint and per model, and the money spent. */
interface VisionApiUsage {
  readonly calls: Record<Endpoint, number>;
  /** `endpoint model` → calls, e.g. `classify clf-2024-06`. */
  readonly byModel: Record<string, number>;
  readonly spent: number;
}

export interface FakeVisionApi {
  readonly url: string;
  usage(): VisionApiUsage;
  close(): Promise<void>;
}

/**
 * A stand-in for a paid vision and text API on 127.0.0.1 at a free port, counting and pricing
 * every call: `POST /v1/describe` (body: image bytes, `x-model` header) and `POST /v1/classify`
 * (JSON `{ text, model }`). `GET /v1/usage` returns the invoice so far.
 */
export async function startFakeVisionApi(): Promise<FakeVisionApi> {
  const calls: Record<Endpoint, number> = { describe: 0, classify: 0 };
  const byModel: Record<string, number> = {};
  const usage = (): VisionApiUsage => ({
    calls: { ...calls },
    byModel: { ...byModel },
    spent: Math.round((calls.describe * PRICES.describe + calls.classify * PRICES.classify) * 1e6) / 1e6,
  });
  const count = (endpoint: Endpoint, model: string) => {
    calls[endpoint]++;
    byModel[`${endpoint} ${model}`] = (byModel[`${endpoint} ${model}`] ?? 0) + 1;
  };
  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method === 'GET' && req.url === '/v1/usage') return send(res, 200, usage());
    const body = await readBody(req);
    if (req.method === 'POST' && req.url === '/v1/describe') {
      const model = String(req.headers['x-model'] ?? 'unknown');
      count('describe', model);
      return send(res, 200, describe(body, model));
    }
    if (req.method === 'POST' && req.url === '/v1/classify') {
      const { text, model } = JSON.parse(body.toString('utf8')) as { text: string; model: string };
      count('classify', model);
      return send(res, 200, classify(text, model));
    }
    send(res, 404, { error: `no route ${req.method} ${req.url}` });
  }
  const server = createServer((req, res) => void handle(req, res).catch((e: unknown) => send(res, 500, { error: String(e) })));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    usage,
    close: () => new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}

function describe(image: Buffer, model: string) {
  const digest = createHash('sha256').update(image).digest();
  const subjects = ['a ceramic mug', 'a leather bag', 'a desk lamp', 'a pair of sneakers'];
  return {
    caption: `${subjects[digest[0]! % subjects.length]} on a white background`,
    tags: ['product', 'studio'],
    priceEstimate: 10 + (digest[1]! % 90),
    model,
    answeredAt: new Date().toISOString(),
  };
}

function classify(text: string, model: string) {
  const lower = text.toLowerCase();
  const label = /refund|broken|late|angry/.test(lower) ? 'complaint' : /love|great|thanks/.test(lower) ? 'praise' : 'question';
  // a newer model is more confident: the two versions give different answers for the same text
  return { label, confidence: model.endsWith('2025-01') ? 0.97 : 0.81, model, answeredAt: new Date().toISOString() };
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c)).on('end', () => resolve(Buffer.concat(chunks))).on('error', reject);
  });
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}
