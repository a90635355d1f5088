import type { Mode } from './logo-request.js';

/**
 * The instructions sent with every generation: they shape the image as much as the request
 * does, so a change here changes the answers. keyproof.keys.json fingerprints this text with
 * the memoised method: `keyproof review` fails a change to it that keeps the version.
 */
export function logoPrompt(mode: Mode, businessName: string, style: string, colors: readonly string[]): string {
  const task = mode === 'new' ? 'Design a new logo' : 'Refresh the existing logo in the source image';
  return `${task} for "${businessName}". Style: ${style}. Palette: ${colors.join(', ')}. Flat vector, plain background, the name legible and no other text.`;
}
