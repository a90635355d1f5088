// origin: shape of an image captioning service that tracks concurrent calls in a field for its logs (never a verbatim copy)
// category: image-pipeline
// decorators: tc39
// expect: clean
// why: the fields `inFlight` and `served` are stepped per call but only reach a log line; the upstream request and the caption come from the key parameters and a module constant (principles 3 and 5).
import OpenAI from 'openai';
import { memoize } from 'keyproof';

const VISION_MODEL = 'gpt-4o-mini';

export class ImageCaptioner {
  private inFlight = 0;
  private served = 0;

  constructor(private readonly openai: OpenAI) {}

  /**
   * Alt text for a product image.
   * @excludeFromKey imageUrl signed URL that changes on every upload; the image is identified by imageSha
   */
  @memoize({ version: 'alt-text-v2', cost: 0.0008 })
  async altText(imageSha: string, imageUrl: string, language = 'en'): Promise<string> {
    this.inFlight++;
    try {
      const completion = await this.openai.chat.completions.create({
        model: VISION_MODEL,
        max_tokens: 80,
        messages: [
          { role: 'system', content: `Write one sentence of alt text in language "${language}".` },
          { role: 'user', content: imageUrl },
        ],
      });
      return completion.choices[0]?.message.content?.trim() ?? '';
    } finally {
      this.inFlight--;
      this.served++;
      console.debug(`captions: ${this.served} served, ${this.inFlight} in flight (${imageSha.slice(0, 8)})`);
    }
  }
}
