import { cacheKey, memoize, normalize } from 'keyproof';
import type { TextLabel, VisionClient } from './vision-client.js';

/**
 * Classifies customer messages. The key is the normalised text (lower case, white space
 * collapsed) and the model version: "Hello  World" and "hello world" share an entry, and two
 * model versions keep separate entries side by side during a migration.
 */
export class TextClassifier {
  /** The model version (the seed's model_version column): part of every key. */
  @cacheKey readonly model: string;

  constructor(
    private readonly client: VisionClient,
    model: string,
  ) {
    this.model = model;
  }

  @memoize({ version: 'classify-v1', cost: 0.002 })
  async classify(@cacheKey(normalize.text) text: string): Promise<TextLabel> {
    return this.client.classify(text, this.model);
  }
}
