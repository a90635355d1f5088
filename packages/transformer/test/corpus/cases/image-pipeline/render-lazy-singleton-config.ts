// origin: shape of a PDF-to-image render service whose client is lazily built from deployment settings (never a verbatim copy)
// category: image-pipeline
// decorators: legacy
// expect: KP91044|KP91045|KP91046 renderer|settings
// why: the lazily created `renderer` is built from settings (DPI and colour profile) read from the environment at load, and those settings change every page it renders; the memoised method uses it with no key decision (principle 2). Scored: the error names `settings`, what the client is built from (read from process.env at load: KP91044), so the expectation takes either name and code.
import { Injectable } from '@nestjs/common';
import { memoize } from 'keyproof';

interface RenderSettings {
  endpoint: string;
  dpi: number;
  colorProfile: 'srgb' | 'cmyk';
}

function loadSettings(env: NodeJS.ProcessEnv): RenderSettings {
  return {
    endpoint: env.RENDER_ENDPOINT ?? 'https://render.example.com',
    dpi: Number(env.RENDER_DPI ?? 150),
    colorProfile: env.RENDER_PROFILE === 'cmyk' ? 'cmyk' : 'srgb',
  };
}

class RenderClient {
  constructor(private readonly settings: RenderSettings) {}

  async renderPage(pdf: Uint8Array, page: number): Promise<Uint8Array> {
    const { endpoint, dpi, colorProfile } = this.settings;
    const res = await fetch(`${endpoint}/v1/pdf/page/${page}?dpi=${dpi}&profile=${colorProfile}`, { method: 'POST', body: pdf });
    if (!res.ok) throw new Error(`render page ${page}: ${res.status}`);
    return new Uint8Array(await res.arrayBuffer());
  }
}

let renderer: RenderClient | undefined;
const settings = loadSettings(process.env);

function getRenderer(): RenderClient {
  return (renderer ??= new RenderClient(settings));
}

@Injectable()
export class PdfPreviewService {
  /** @excludeFromKey pdf identified by documentSha */
  @memoize({ version: 'pdf-preview-v1', ttl: '30d', cost: 0.004 })
  async pagePreview(documentSha: string, pdf: Uint8Array, page: number): Promise<Uint8Array> {
    return getRenderer().renderPage(pdf, page);
  }
}
