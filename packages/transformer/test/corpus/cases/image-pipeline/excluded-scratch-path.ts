// origin: shape of a PDF-page rasteriser that writes to a caller-chosen scratch file, excluded from the key with a reason
// category: image-pipeline
// decorators: legacy
// expect: clean
// why: the scratch path is excluded with a reason and only decides where bytes are staged; the result is the rendered bytes, shaped by the keyed pdf and page
import { readFile, unlink } from 'node:fs/promises';
import { memoize } from 'keyproof';

interface Rasterizer {
  renderPage(pdf: Uint8Array, page: number, dpi: number, outFile: string): Promise<void>;
}

const DPI = 150;

export class PageRasterizer {
  constructor(private readonly raster: Rasterizer) {}

  /**
   * Renders one page of a PDF to PNG bytes.
   * @excludeFromKey scratchFile where the bytes are staged; the PNG does not depend on it
   */
  @memoize({ version: 'v1', ttl: '30d', cost: 0.003 })
  async render(pdf: Uint8Array, page: number, scratchFile: string): Promise<Uint8Array> {
    await this.raster.renderPage(pdf, page, DPI, scratchFile);
    try {
      return new Uint8Array(await readFile(scratchFile));
    } finally {
      await unlink(scratchFile).catch(() => undefined);
    }
  }
}
