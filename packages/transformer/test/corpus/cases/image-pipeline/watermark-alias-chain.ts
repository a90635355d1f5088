// origin: shape of an image pipeline where an admin hook appends blocked overlay fonts to a list the renderer reads under another name
// category: image-pipeline
// decorators: legacy
// expect: KP* disabledFonts|fontsToSkip|skipped
// why: a chain of const aliases of an array the program mutates is that mutable state under another name; it shapes the render request unkeyed
import { memoize } from 'keyproof';

interface Renderer {
  overlay(params: { imageSha256: string; text: string; fonts: string[] }): Promise<Uint8Array>;
}

const PREFERRED_FONTS = ['Inter', 'Roboto', 'Noto Sans', 'DejaVu Sans'] as const;

const disabledFonts: string[] = [];

/** Ops hook: called when a font's licence is pulled. */
export function disableFont(name: string): void {
  if (!disabledFonts.includes(name)) disabledFonts.push(name);
}

const fontsToSkip = disabledFonts;
const skipped = fontsToSkip;

export class WatermarkService {
  constructor(private readonly renderer: Renderer) {}

  @memoize({ version: 'wm-v1', ttl: '30d', cost: 0.001 })
  async watermark(imageSha256: string, text: string): Promise<Uint8Array> {
    const fonts = PREFERRED_FONTS.filter((f) => !skipped.includes(f));
    return this.renderer.overlay({ imageSha256, text, fonts });
  }
}
