// origin: review probe: a transport helper whose returned model is never read by the caller, only its timeout (unusedByCaller, right side)
// category: llm-prompt
// decorators: tc39
// expect: clean
// why: the caller reads only timeoutMs, which bounds the wait; the model it also returns never reaches this request (nothing more).
import { memoize } from 'keyproof';

function transportOptions() {
  return {
    timeoutMs: Number(process.env.LLM_TIMEOUT_MS ?? 20000),
    model: process.env.OPENAI_MODEL ?? 'gpt-4o-mini',
  };
}

export class Moderation {
  @memoize({ version: 'moderation-v1', ttl: '30d', cost: 0.0005 })
  async flagged(text: string): Promise<boolean> {
    const transport = transportOptions();
    const res = await fetch('https://api.openai.com/v1/moderations', {
      method: 'POST',
      body: JSON.stringify({ input: text, model: 'omni-moderation-latest' }),
      signal: AbortSignal.timeout(transport.timeoutMs),
    });
    if (!res.ok) throw new Error(`moderation ${res.status}`);
    return ((await res.json()) as { results: { flagged: boolean }[] }).results[0]?.flagged ?? false;
  }
}
