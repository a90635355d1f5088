/** `new`: a first logo for a business; `refresh`: a variation of an existing one. */
export type Mode = 'new' | 'refresh';

/** What a job asks for. Everything here shapes the image; the job ID does not. */
export interface LogoRequest {
  readonly mode: Mode;
  readonly businessName: string;
  readonly style: string;
  readonly colors: readonly string[];
  /** The uploaded source image (a sketch, an old logo). */
  readonly sourceImage: Uint8Array;
}
