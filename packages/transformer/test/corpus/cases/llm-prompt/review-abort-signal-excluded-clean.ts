// origin: review probe: an allow-list leaving out an AbortSignal only handed to the SDK call (cancelsOnly, right side)
// category: llm-prompt
// decorators: legacy
// expect: clean
// why: the signal can only make the call fail, and a failure is never cached, so leaving it out of the key loses nothing (nothing less holds).
import { Injectable } from '@nestjs/common';
import { memoize, cacheKey } from 'keyproof';

@Injectable()
export class Translator {
  @memoize({ version: 'translate-v1', ttl: '30d', cost: 0.001 })
  async translate(@cacheKey text: string, @cacheKey target: string, signal: AbortSignal): Promise<string> {
    const res = await fetch('https://api.translate.example/v1', {
      method: 'POST',
      body: JSON.stringify({ text, target }),
      signal,
    });
    if (!res.ok) throw new Error(`translate ${res.status}`);
    return ((await res.json()) as { text: string }).text;
  }
}
