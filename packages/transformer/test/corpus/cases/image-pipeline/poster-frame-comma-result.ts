// origin: shape of a video poster-frame extractor that traces each request and counts extracted frames on the instance (own writing)
// category: image-pipeline
// decorators: tc39
// expect: KP* frameNo|framesExtracted
// why: in `(this.trace(...), this.framesExtracted++)` the step is the comma expression's result, so the per-call counter value becomes the keyed argument `frameNo`.
import { memoize } from 'keyproof';

interface FrameGrabber {
  grab(videoUrl: string, options: { width: number; index: number }): Promise<{ location: string; size: number }>;
}

export interface PosterFrame {
  url: string;
  width: number;
  bytes: number;
}

export class PosterFramePipeline {
  private framesExtracted = 0;

  constructor(private readonly grabber: FrameGrabber) {}

  private trace(step: string, videoUrl: string): void {
    console.debug(`[poster] ${step} ${videoUrl}`);
  }

  async posterFor(videoUrl: string, width: number): Promise<PosterFrame> {
    return this.extractFrame(videoUrl, width, (this.trace('extract', videoUrl), this.framesExtracted++));
  }

  @memoize({ version: 'ffmpeg-6.1', ttl: '90d', cost: 0.003 })
  async extractFrame(videoUrl: string, width: number, frameNo: number): Promise<PosterFrame> {
    const grabbed = await this.grabber.grab(videoUrl, { width, index: frameNo });
    return { url: grabbed.location, width, bytes: grabbed.size };
  }
}
