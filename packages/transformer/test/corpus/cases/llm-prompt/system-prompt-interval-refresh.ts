// origin: shape of a support-bot service whose system prompt is refreshed from a CMS on a timer (never a verbatim copy)
// category: llm-prompt
// decorators: tc39
// expect: KP91045 systemPrompt
// why: the module `let systemPrompt` is reassigned every five minutes by setInterval and copied into the upstream messages through structuredClone, with no key decision, so answers from an old prompt keep being served (principle 2).
import OpenAI from 'openai';
import type { ChatMessage } from 'openai';
import { memoize } from 'keyproof';

const CMS_URL = 'https://cms.example.com/api/snippets/support-bot-system-prompt';

let systemPrompt = 'You are a helpful support assistant for Acme. Answer briefly.';

async function refreshPrompt(): Promise<void> {
  try {
    const res = await fetch(CMS_URL);
    if (res.ok) systemPrompt = ((await res.json()) as { body: string }).body;
  } catch (err) {
    console.warn('prompt refresh failed, keeping the previous one', err);
  }
}

void refreshPrompt();
setInterval(refreshPrompt, 5 * 60_000).unref();

const FEW_SHOT: readonly ChatMessage[] = [
  { role: 'system', content: '' },
  { role: 'user', content: 'How do I reset my password?' },
  { role: 'assistant', content: 'Go to Settings → Security → Reset password.' },
];

export class SupportBot {
  constructor(private readonly openai: OpenAI) {}

  @memoize({ version: 'faq-v4', ttl: '1d', cost: 0.001 })
  async answer(question: string): Promise<string> {
    const messages = structuredClone(FEW_SHOT) as ChatMessage[];
    messages[0]!.content = systemPrompt;
    messages.push({ role: 'user', content: question });
    const completion = await this.openai.chat.completions.create({ model: 'gpt-4o-mini', temperature: 0, messages });
    return completion.choices[0]?.message.content ?? '';
  }
}
