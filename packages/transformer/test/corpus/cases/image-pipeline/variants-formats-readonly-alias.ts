// origin: shape of an image-variant renderer whose exported read-only format list is an alias of a mutable array that a boot hook pushes to
// category: image-pipeline
// decorators: tc39
// expect: KP* OUTPUT_FORMATS|enabledFormats
// why: OUTPUT_FORMATS is typed readonly but aliases `enabledFormats`, which enableJpegFallback() mutates, so the set of rendered variants is module-level mutable state outside the key.
import { memoize } from 'keyproof';

export interface EncodedImage {
  format: string;
  width: number;
  bytes: Uint8Array;
}

export interface ImageEncoder {
  encode(sourceUrl: string, format: string, width: number): Promise<EncodedImage>;
}

function httpEncoder(baseUrl: string): ImageEncoder {
  return {
    async encode(sourceUrl, format, width) {
      const res = await fetch(`${baseUrl}/encode?src=${encodeURIComponent(sourceUrl)}&f=${format}&w=${width}`);
      if (!res.ok) throw new Error(`encoder answered ${res.status}`);
      return { format, width, bytes: new Uint8Array(await res.arrayBuffer()) };
    },
  };
}

const encoder = httpEncoder('http://imgproxy.internal:8080');

const enabledFormats: string[] = ['webp', 'avif'];

/** The formats every upload is rendered to. */
export const OUTPUT_FORMATS: readonly string[] = enabledFormats;

/** Called at boot when the CDN in front of us cannot negotiate AVIF for old clients. */
export function enableJpegFallback(): void {
  if (!enabledFormats.includes('jpeg')) enabledFormats.push('jpeg');
}

const WIDTHS = [320, 768, 1440] as const;

export interface Variant {
  format: string;
  width: number;
  size: number;
  base64: string;
}

export const renderVariants = memoize(
  async function renderVariants(sourceUrl: string): Promise<Variant[]> {
    const encoded = await Promise.all(
      OUTPUT_FORMATS.flatMap((format) => WIDTHS.map((width) => encoder.encode(sourceUrl, format, width))),
    );
    return encoded.map((e) => ({
      format: e.format,
      width: e.width,
      size: e.bytes.byteLength,
      base64: Buffer.from(e.bytes).toString('base64'),
    }));
  },
  { version: 'variants-v4', ttl: '30d', cost: 0.002 },
);
