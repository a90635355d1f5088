// origin: shape of a release-notes writer that counts how many prompts it has built while building one (own writing)
// category: llm-prompt
// decorators: legacy
// expect: clean
// why: in `(this.promptsBuilt++, this.buildPrompt(...))` only the comma's right-hand value (the prompt text) is used, so the step merely advances the counter, which is read only for a debug log.
import { Injectable, Logger } from '@nestjs/common';
import OpenAI from 'openai';
import { memoize, cacheKey } from 'keyproof';

@Injectable()
export class ReleaseNotesWriter {
  private readonly logger = new Logger('ReleaseNotesWriter');
  private promptsBuilt = 0;

  constructor(private readonly openai: OpenAI) {}

  async notesFor(version: string, commitSubjects: string[]): Promise<string> {
    const prompt = (this.promptsBuilt++, this.buildPrompt(version, commitSubjects));
    if (this.promptsBuilt % 50 === 0) {
      this.logger.debug(`built ${this.promptsBuilt} release-notes prompts`);
    }
    return this.summarize(prompt);
  }

  private buildPrompt(version: string, commitSubjects: string[]): string {
    const bullets = [...commitSubjects].sort().map((s) => `- ${s.trim()}`);
    return `Write user-facing release notes for version ${version}.\nCommits:\n${bullets.join('\n')}`;
  }

  @memoize({ version: 'gpt-4o-2024-08-06', ttl: '90d', cost: 0.01 })
  async summarize(@cacheKey prompt: string): Promise<string> {
    const completion = await this.openai.chat.completions.create({
      model: 'gpt-4o-2024-08-06',
      temperature: 0,
      max_tokens: 700,
      messages: [
        { role: 'system', content: 'You write concise, friendly release notes.' },
        { role: 'user', content: prompt },
      ],
    });
    return completion.choices[0]?.message.content ?? '';
  }
}
