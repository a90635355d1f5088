/**
 * The fixture project of the manifest tests: a text classifier whose memoised body builds a
 * prompt with helpers of the program, a search method with a normaliser, and a summariser with
 * an explicit id. Tests write it to a temporary directory, change one thing, and compile it
 * with the real TypeScript program.
 */
export const CLASSIFIER_PROJECT: Readonly<Record<string, string>> = {
  'src/prompt.ts': `/** The instructions the model follows. */
export const SYSTEM_PROMPT = 'Classify the text as positive, negative or neutral.';

export function buildPrompt(text: string, labels: readonly string[]): string {
  return \`\${SYSTEM_PROMPT}
Labels: \${labels.join(', ')}

\${text}\`;
}
`,
  'src/model-client.ts': `/** The paid model's client: one billed request per call. */
export class ModelClient {
  calls = 0;

  async complete(prompt: string, model: string): Promise<string> {
    this.calls++;
    return \`\${model}:\${prompt.length}\`;
  }
}
`,
  'src/describe.ts': `import { memoize } from 'keyproof';

/** Describe an image; the answer depends on the bytes only. */
export const describeImage = memoize(
  async function describeImage(image: Uint8Array, detail: string = 'short'): Promise<string> {
    return \`\${detail}:\${image.byteLength}\`;
  },
  { version: 'describe-v1', ttl: 3600000 },
);
`,
  'src/classifier.ts': `import { cacheKey, memoize, normalize } from 'keyproof';
import { buildPrompt } from './prompt';
import type { ModelClient } from './model-client';

export class TextClassifier {
  constructor(private readonly client: ModelClient) {}

  /**
   * Classify one text. The cache key does not include the request ID.
   * @excludeFromKey requestId unique per request
   */
  @memoize({ version: 'cls-v1', ttl: '30d', cost: 0.002 })
  async classify(requestId: string, text: string, labels: readonly string[]): Promise<string> {
    // one call to the paid model
    const answer = await this.client.complete(buildPrompt(text, labels), 'small-model');
    return answer.trim();
  }
}

export class Search {
  @memoize({ version: 'search-v1' })
  async find(@cacheKey(normalize.text) query: string, @cacheKey page: number): Promise<string[]> {
    return [query, String(page)];
  }
}

export class Summariser {
  @memoize({ id: 'summary', version: 'sum-v1' })
  async summarise(text: string, words: number): Promise<string> {
    return text.split(' ').slice(0, words).join(' ');
  }
}
`,
};
