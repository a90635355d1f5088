// origin: shape of an LLM release-notes writer whose sampling defaults are hot-reloaded from a settings event bus and merged into the request with Object.assign
// category: llm-prompt
// decorators: legacy
// expect: KP* samplingDefaults
// why: `samplingDefaults` is module-level mutable state (rewritten by an event-bus listener) that Object.assign merges into the completion request, and no decision puts it in the key.
import { EventEmitter } from 'node:events';
import OpenAI, { type ChatCompletionCreateParams, type ChatMessage } from 'openai';
import { memoize } from 'keyproof';

const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });
const NOTES_MODEL = 'gpt-4o-mini-2024-07-18';

/** Admin-panel changes are broadcast on this bus. */
export const settingsBus = new EventEmitter();

let samplingDefaults: Partial<ChatCompletionCreateParams> = { temperature: 0.3, max_tokens: 600 };

settingsBus.on('sampling', (next: Partial<ChatCompletionCreateParams>) => {
  samplingDefaults = { ...samplingDefaults, ...next };
});

export interface ReleaseNotesDraft {
  text: string;
  model: string;
}

export class ReleaseNotesWriter {
  @memoize({ version: 'release-notes-v3', cost: 0.004 })
  async draft(changelog: string, audience: 'developers' | 'customers'): Promise<ReleaseNotesDraft> {
    const messages: ChatMessage[] = [
      { role: 'system', content: `You turn raw changelogs into release notes for ${audience}.` },
      { role: 'user', content: changelog.trim() },
    ];
    const params: ChatCompletionCreateParams = Object.assign({}, samplingDefaults, { model: NOTES_MODEL, messages });
    const completion = await openai.chat.completions.create(params);
    return { text: completion.choices[0]?.message.content ?? '', model: completion.model };
  }
}
