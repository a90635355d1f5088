// origin: shape of a release-notes writer that prepends a house style guide read from disk (never a verbatim copy)
// category: llm-prompt
// decorators: tc39
// expect: clean
// why: the style guide is loaded at start-up and does shape the prompt, but the method states it with @cacheKey; the API key only authenticates (principles 2 and 3).
import { readFileSync } from 'node:fs';
import Anthropic from '@anthropic-ai/sdk';
import { memoize } from 'keyproof';

const styleGuide = readFileSync(new URL('../docs/release-style.md', import.meta.url), 'utf8');
const anthropic = new Anthropic({ apiKey: process.env.ANTHROPIC_API_KEY });
const MODEL = 'claude-3-5-sonnet-20241022';

export interface ChangeEntry { title: string; prNumber: number; labels: string[] }

export class ReleaseNotesWriter {
  /**
   * Turns merged pull requests into user-facing release notes.
   * @cacheKey styleGuide
   */
  @memoize({ version: 'notes-v3', ttl: '90d', cost: 0.02 })
  async write(version: string, changes: ChangeEntry[]): Promise<string> {
    const list = changes
      .filter((c) => !c.labels.includes('internal'))
      .map((c) => `* ${c.title} (#${c.prNumber})`)
      .join('\n');
    const msg = await anthropic.messages.create({
      model: MODEL,
      max_tokens: 1500,
      temperature: 0.2,
      system: `You write release notes for our product.\n\n${styleGuide}`,
      messages: [{ role: 'user', content: `Release ${version}. Changes:\n${list}` }],
    });
    return msg.content.map((b) => b.text).join('');
  }
}
