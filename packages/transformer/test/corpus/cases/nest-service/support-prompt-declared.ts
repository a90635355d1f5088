// origin: shape of a NestJS support-reply drafter whose system prompt lives in a markdown file (never a verbatim copy)
// category: nest-service
// decorators: legacy
// expect: clean
// why: the prompt loaded from the file at start-up is stated with `@cacheKey supportPrompt`, so editing the file gives new keys instead of stale drafts (principle 2 decided; principle 3).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Inject, Injectable } from '@nestjs/common';
import Anthropic from '@anthropic-ai/sdk';
import { memoize } from 'keyproof';

// Support leads edit the tone guide without touching code.
const supportPrompt = readFileSync(join(process.cwd(), 'prompts', 'support-agent.md'), 'utf8');

const MODEL = 'claude-3-5-sonnet-latest';

export interface DraftReply {
  subject: string;
  body: string;
}

@Injectable()
export class ReplyDraftService {
  constructor(@Inject('ANTHROPIC') private readonly anthropic: Anthropic) {}

  /**
   * A first draft for the agent to edit; drafts for the same question are shared.
   * @cacheKey supportPrompt
   */
  @memoize({ version: 'reply-draft-v4', ttl: '14d', cost: 0.015 })
  async draft(question: string, productArea: string): Promise<DraftReply> {
    const message = await this.anthropic.messages.create({
      model: MODEL,
      max_tokens: 800,
      temperature: 0.3,
      system: supportPrompt,
      messages: [{ role: 'user', content: `Area: ${productArea}\n\n${question}` }],
    });
    const text = message.content.map((block) => block.text).join('');
    const [subject = 'Re: your question', ...rest] = text.split('\n');
    return { subject: subject.replace(/^Subject:\s*/i, ''), body: rest.join('\n').trim() };
  }
}
