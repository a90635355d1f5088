// origin: shape of an LLM release-notes writer with sampling settings as an `as const satisfies` object and an audience enum chosen through a switch
// category: llm-prompt
// decorators: legacy
// expect: clean
// why: the merged sampling settings and the system prompts are compile-time constants, the key is an allow-list of both parameters that shape the prompt, and the API key is a credential.
import OpenAI, { type ChatCompletionCreateParams, type ChatMessage } from 'openai';
import { cacheKey, memoize, normalize } from 'keyproof';

const client = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });
const CHANGELOG_MODEL = 'gpt-4o-mini-2024-07-18';

const SAMPLING = { temperature: 0.3, max_tokens: 600 } as const satisfies Partial<ChatCompletionCreateParams>;

export enum Audience {
  Developers = 'developers',
  Customers = 'customers',
}

function systemPromptFor(audience: Audience): string {
  switch (audience) {
    case Audience.Developers:
      return 'You turn raw changelogs into precise release notes for developers. Keep API names verbatim.';
    case Audience.Customers:
      return 'You turn raw changelogs into friendly release notes for customers. Avoid jargon.';
  }
}

export interface ChangelogDraft {
  text: string;
  model: string;
}

export class ChangelogWriter {
  @memoize({ version: 'changelog-writer-v1', cost: 0.004 })
  async draft(@cacheKey(normalize.text) changelog: string, @cacheKey audience: Audience): Promise<ChangelogDraft> {
    const messages: ChatMessage[] = [
      { role: 'system', content: systemPromptFor(audience) },
      { role: 'user', content: changelog.trim() },
    ];
    const params: ChatCompletionCreateParams = Object.assign({}, SAMPLING, { model: CHANGELOG_MODEL, messages });
    const completion = await client.chat.completions.create(params);
    return { text: completion.choices[0]?.message.content ?? '', model: completion.model };
  }
}
