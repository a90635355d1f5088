// origin: shape of a preview renderer that returns metadata together with a readable stream of the rendered bytes (your own writing, never a verbatim copy)
// category: image-pipeline
// decorators: tc39
// expect: KP* renderPreview
// why: return value: the result holds a Node Readable stream, which cannot be stored and come back as it went in
import { Readable } from 'node:stream';
import { memoize } from 'keyproof';

export interface PreviewMeta {
  width: number;
  height: number;
  mime: string;
}

interface PreviewApi {
  render(src: string, page: number): Promise<{ meta: PreviewMeta; bytes: Uint8Array }>;
}

export class PreviewService {
  constructor(private readonly api: PreviewApi) {}

  @memoize({ version: 'pv-v1', ttl: '7d', cost: 0.01 })
  async renderPreview(documentUrl: string, page: number): Promise<{ meta: PreviewMeta; body: Readable }> {
    const { meta, bytes } = await this.api.render(documentUrl, page);
    return { meta, body: Readable.from([bytes]) };
  }
}
