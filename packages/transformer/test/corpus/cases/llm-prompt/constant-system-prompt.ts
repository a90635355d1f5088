// origin: shape of a moderation helper with its system prompt and model as module constants, temperature 0 and JSON output (a common pattern in public LLM tooling)
// category: llm-prompt
// decorators: tc39
// expect: clean
import OpenAI from 'openai';
import { memoize } from 'keyproof';

const MODEL = 'gpt-4o-mini';
const SYSTEM_PROMPT = `You are a content moderator. Reply with JSON {"allowed": boolean, "reasons": string[]}.`;

export interface Verdict { allowed: boolean; reasons: string[] }

export class Moderator {
  constructor(private readonly openai: OpenAI) {}

  @memoize({ version: 'moderation-3', ttl: '30d', cost: 0.0005 })
  async check(text: string, policy: 'strict' | 'default'): Promise<Verdict> {
    const res = await this.openai.chat.completions.create({
      model: MODEL,
      temperature: 0,
      response_format: { type: 'json_object' },
      messages: [
        { role: 'system', content: `${SYSTEM_PROMPT}\nPolicy: ${policy}` },
        { role: 'user', content: text.normalize('NFC').trim() },
      ],
    });
    return JSON.parse(res.choices[0]?.message.content ?? '{"allowed":false,"reasons":["no answer"]}') as Verdict;
  }
}
