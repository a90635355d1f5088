import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the fake API was asked, as its operator's invoice would show it. */
interface ImageApiUsage {
  /** Paid generation calls received. */
  readonly calls: number;
  /** calls × price per call. */
  readonly spent: number;
  readonly pricePerCall: number;
}

export interface FakeImageApi extends ImageApiUsage {
  /** Base URL, e.g. `http://127.0.0.1:41234`. */
  readonly url: string;
  close(): Promise<void>;
}

/**
 * A stand-in for a paid image-generation API, on 127.0.0.1 at a free port. Every
 * `POST /v1/images/generate` is counted and priced, and answers freshly "generated" image
 * bytes: like a real generator it never returns the same bytes twice, so identical bytes
 * downstream prove they came from a cache. `GET /v1/usage` returns the counters.
 */
export async function startFakeImageApi(pricePerCall = 0.04): Promise<FakeImageApi> {
  let calls = 0;
  const server = createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => send(res, 500, { error: String(error) }));
  });
  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method === 'GET' && req.url === '/v1/usage') return send(res, 200, { calls, spent: round(calls * pricePerCall), pricePerCall });
    if (req.method !== 'POST' || req.url !== '/v1/images/generate') return send(res, 404, { error: `no route ${req.method} ${req.url}` });
    const body = JSON.parse((await readBody(req)).toString('utf8')) as Record<string, unknown>;
    calls++;
    res.writeHead(200, { 'content-type': 'image/png' }).end(fakePng(JSON.stringify(body)));
  }
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    pricePerCall,
    get calls() {
      return calls;
    },
    get spent() {
      return round(calls * pricePerCall);
    },
    close: () => new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}

/** A PNG signature, a digest of the prompt and a random seed: plausible, and never the same twice. */
function fakePng(prompt: string): Buffer {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, createHash('sha256').update(prompt).digest(), randomBytes(32)]);
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

function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}
