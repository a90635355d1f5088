// origin: shape of an image-variant renderer whose formats, widths and quality table are `as const` constants, with caller-chosen widths defaulting to a constant
// category: image-pipeline
// decorators: tc39
// expect: clean
// why: formats, default widths and per-format quality are compile-time constants, the encoder is a service built from a constant URL, and `widths` is a key parameter.
import { memoize } from 'keyproof';

export interface EncodedRendition {
  format: string;
  width: number;
  bytes: Uint8Array;
}

export interface RenditionEncoder {
  encode(sourceUrl: string, format: string, width: number, quality: number): Promise<EncodedRendition>;
}

function renditionEncoder(baseUrl: string): RenditionEncoder {
  return {
    async encode(sourceUrl, format, width, quality) {
      const res = await fetch(`${baseUrl}/encode?src=${encodeURIComponent(sourceUrl)}&f=${format}&w=${width}&q=${quality}`);
      if (!res.ok) throw new Error(`encoder answered ${res.status}`);
      return { format, width, bytes: new Uint8Array(await res.arrayBuffer()) };
    },
  };
}

const renditions = renditionEncoder('http://imgproxy.internal:8080');

const RENDITION_FORMATS = ['webp', 'avif'] as const;
const DEFAULT_WIDTHS: readonly number[] = [320, 768, 1440];
const QUALITY = { webp: 78, avif: 55 } as const;

export interface Rendition {
  format: (typeof RENDITION_FORMATS)[number];
  width: number;
  size: number;
  base64: string;
}

export const renderRenditions = memoize(
  async function renderRenditions(sourceUrl: string, widths: readonly number[] = DEFAULT_WIDTHS): Promise<Rendition[]> {
    const jobs = RENDITION_FORMATS.flatMap((format) =>
      widths.map(async (width) => {
        const e = await renditions.encode(sourceUrl, format, width, QUALITY[format]);
        return { format, width, size: e.bytes.byteLength, base64: Buffer.from(e.bytes).toString('base64') };
      }),
    );
    return Promise.all(jobs);
  },
  { version: 'renditions-v1', ttl: '30d', cost: 0.002 },
);
