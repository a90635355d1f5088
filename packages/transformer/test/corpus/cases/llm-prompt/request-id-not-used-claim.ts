// origin: shape of a summarisation client forwarding a request id for tracing, its docstring claiming in yet other words that the id "is not used for caching" while nothing excludes it
// category: llm-prompt
// decorators: legacy
// expect: KP91052|KP91020 requestId
import { randomUUID } from 'node:crypto';
import Anthropic from '@anthropic-ai/sdk';
import { memoize } from 'keyproof';

export class MeetingNotes {
  constructor(private readonly anthropic: Anthropic) {}

  /**
   * Summarise a meeting transcript into decisions and action items.
   * The request ID is only forwarded for tracing and is not used for caching.
   */
  @memoize({ ttl: '30d', cost: 0.02 })
  async summarise(requestId: string, transcript: string): Promise<string> {
    const msg = await this.anthropic.messages.create({
      model: 'claude-3-5-sonnet-latest',
      max_tokens: 1024,
      metadata: { user_id: requestId },
      messages: [{ role: 'user', content: `Decisions and action items:\n\n${transcript}` }],
    });
    return msg.content.map((b) => b.text).join('');
  }
}

export async function onUpload(notes: MeetingNotes, transcript: string): Promise<string> {
  return notes.summarise(randomUUID(), transcript);
}
