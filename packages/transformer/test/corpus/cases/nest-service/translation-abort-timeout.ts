// origin: shape of a NestJS translation service wrapping a paid MT API with timeouts and retries (never a verbatim copy)
// category: nest-service
// decorators: legacy
// expect: clean
// why: the configured timeout, retry count and idempotency header only change how the call travels; the text and target language are parameters and the glossary is a literal table (principles 1 and 3).
import { Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { randomUUID } from 'node:crypto';
import { memoize } from 'keyproof';

const GLOSSARY = { 'checkout': 'checkout', 'basket': 'basket' } as const;
const ENDPOINT = 'https://api.deepl.com/v2/translate';

@Injectable()
export class TranslationService {
  private readonly logger = new Logger(TranslationService.name);
  private readonly timeoutMs: number;
  private readonly maxAttempts: number;

  constructor(config: ConfigService) {
    this.timeoutMs = Number(config.get<string>('MT_TIMEOUT_MS') ?? 8000);
    this.maxAttempts = Number(config.get<string>('MT_MAX_ATTEMPTS') ?? 3);
  }

  @memoize({ version: 'mt-v1', ttl: '90d', cost: 0.002 })
  async translate(text: string, targetLang: string): Promise<string> {
    const body = JSON.stringify({ text: [text], target_lang: targetLang, glossary: GLOSSARY });
    let lastError: unknown;
    for (let attempt = 1; attempt <= this.maxAttempts; attempt++) {
      try {
        const res = await fetch(ENDPOINT, {
          method: 'POST',
          body,
          headers: { 'content-type': 'application/json', 'Idempotency-Key': randomUUID() },
          signal: AbortSignal.timeout(this.timeoutMs),
        });
        if (!res.ok) throw new Error(`MT ${res.status}`);
        const json = (await res.json()) as { translations: { text: string }[] };
        return json.translations[0]?.text ?? '';
      } catch (err) {
        lastError = err;
        this.logger.warn(`translate attempt ${attempt}/${this.maxAttempts} failed: ${String(err)}`);
        await new Promise((r) => setTimeout(r, 250 * 2 ** attempt));
      }
    }
    throw lastError;
  }
}
