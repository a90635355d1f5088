// origin: shape of a background-removal client that authenticates from env and reports its runtime in the User-Agent (never a verbatim copy)
// category: image-pipeline
// decorators: legacy
// expect: clean
// why: the API key header is a credential and the User-Agent only describes the client (node version, platform, arch); neither changes the cut-out image (principle 3).
import { Injectable } from '@nestjs/common';
import { memoize } from 'keyproof';

const CLIENT_UA = `catalog-imaging/2.8 node/${process.versions.node} (${process.platform}; ${process.arch})`;

@Injectable()
export class BackgroundRemover {
  private authHeader(): Record<string, string> {
    const key = process.env.REMOVE_BG_API_KEY;
    if (!key) throw new Error('REMOVE_BG_API_KEY is not set');
    return { 'X-Api-Key': key };
  }

  /** Cut-outs cost a credit each; the same product shot is submitted by several sellers. */
  @memoize({ version: 'cutout-v1', cost: 0.2 })
  async removeBackground(photo: Uint8Array, size: 'preview' | 'full'): Promise<Uint8Array> {
    const form = new FormData();
    form.set('image_file', new Blob([photo]), 'photo.jpg');
    form.set('size', size);
    const res = await fetch('https://api.example-removebg.com/v1.0/removebg', {
      method: 'POST',
      headers: { ...this.authHeader(), 'User-Agent': CLIENT_UA },
      body: form,
    });
    if (!res.ok) throw new Error(`remove-bg ${res.status} from ${process.platform}/${process.arch}`);
    return new Uint8Array(await res.arrayBuffer());
  }
}
