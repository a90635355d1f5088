// origin: shape of an LLM summariser with a small AppConfig class over process.env (never a verbatim copy)
// category: llm-prompt
// decorators: tc39
// expect: KP91044|KP91046 appConfig
// why: the model name reaches the request through the AppConfig wrapper's get('model'), which reads process.env; a different model gives a different summary, yet it is not in the key (principle 2).
import OpenAI from 'openai';
import { memoize } from 'keyproof';

type ConfigKey = 'model' | 'apiKey' | 'timeoutMs';

/** One place that knows the environment variable names. */
class AppConfig {
  private static readonly names: Record<ConfigKey, string> = {
    model: 'SUMMARY_MODEL',
    apiKey: 'OPENAI_API_KEY',
    timeoutMs: 'OPENAI_TIMEOUT_MS',
  };

  get(key: ConfigKey): string {
    const value = process.env[AppConfig.names[key]];
    if (value === undefined) throw new Error(`missing ${AppConfig.names[key]}`);
    return value;
  }
}

export const appConfig = new AppConfig();
const openai = new OpenAI({ apiKey: appConfig.get('apiKey') });

const SYSTEM = 'Summarise the article in three bullet points. Plain text, no preamble.';

export class ArticleSummariser {
  @memoize({ version: 'summary-v5', ttl: '30d', cost: 0.004 })
  async summarise(articleText: string): Promise<string[]> {
    const completion = await openai.chat.completions.create({
      model: appConfig.get('model'),
      temperature: 0,
      messages: [
        { role: 'system', content: SYSTEM },
        { role: 'user', content: articleText.slice(0, 24_000) },
      ],
    });
    const text = completion.choices[0]?.message.content ?? '';
    return text
      .split('\n')
      .map((line) => line.replace(/^[-*•]\s*/, '').trim())
      .filter(Boolean);
  }
}
