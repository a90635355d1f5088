// origin: shape of an OpenAI release-notes digester where the public entry point resolves the model from env and hands it to the cached call
// category: llm-prompt
// decorators: tc39
// expect: clean
// why: the env-derived model is read only by the unmemoised digestRelease() and reaches the memoised digest() as a parameter, so it is in the key.
import OpenAI from 'openai';
import { memoize } from 'keyproof';

const DIGEST_SYSTEM_PROMPT =
  'Turn raw release notes into a short changelog for customers. ' +
  'Group items under Added, Changed and Fixed. Drop internal ticket numbers.';

export class ChangelogDigestService {
  constructor(private readonly openai: OpenAI) {}

  private defaultDigestModel(): string {
    return process.env.DIGEST_MODEL ?? 'gpt-4o-mini';
  }

  /** Public entry point used by the release pipeline. */
  async digestRelease(releaseNotes: string): Promise<string> {
    return this.digest(releaseNotes, this.defaultDigestModel());
  }

  @memoize({ version: 'changelog-digest-v1', ttl: '90d', cost: 0.004 })
  async digest(releaseNotes: string, model: string): Promise<string> {
    const completion = await this.openai.chat.completions.create({
      model,
      temperature: 0,
      max_tokens: 600,
      messages: [
        { role: 'system', content: DIGEST_SYSTEM_PROMPT },
        { role: 'user', content: releaseNotes },
      ],
    });
    return completion.choices[0]?.message.content?.trim() ?? '';
  }
}
