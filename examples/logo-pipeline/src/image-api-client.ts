import { logoPrompt } from './logo-prompt.js';
import type { Mode } from './logo-request.js';

export interface GenerateImage {
  /** The caller's job, sent as a request label (`x-job-id`): it does not change the image. */
  readonly jobId: string;
  readonly mode: Mode;
  readonly businessName: string;
  readonly style: string;
  readonly colors: readonly string[];
  readonly source: Uint8Array;
}

/** The paid image API's client: one HTTP call per `generate`, billed by the provider. */
export class ImageApiClient {
  constructor(private readonly baseUrl: string) {}

  async generate(request: GenerateImage): Promise<Uint8Array> {
    const res = await fetch(`${this.baseUrl}/v1/images/generate`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-job-id': request.jobId },
      body: JSON.stringify({ prompt: logoPrompt(request.mode, request.businessName, request.style, request.colors), mode: request.mode, businessName: request.businessName, style: request.style, colors: request.colors, source: Buffer.from(request.source).toString('base64') }),
    });
    if (!res.ok) throw new Error(`image API answered ${res.status}: ${await res.text()}`);
    return new Uint8Array(await res.arrayBuffer());
  }
}
