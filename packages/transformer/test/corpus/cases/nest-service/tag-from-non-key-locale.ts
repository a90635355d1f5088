// origin: shape of a NestJS notification-preferences service keyed by an allow-list, tagging entries with a parameter the key leaves out
// category: nest-service
// decorators: legacy
// expect: KP* locale
// why: with @cacheKey on userId only, locale is not a key field (it only reaches a log line); a tag part from it labels the entry with whichever locale was asked first
import { Injectable, Logger } from '@nestjs/common';
import { memoize, cacheKey, tag } from 'keyproof';

export interface Preferences {
  email: boolean;
  push: boolean;
}

interface PreferencesApi {
  load(userId: string): Promise<Preferences>;
}

@Injectable()
export class PreferencesService {
  private readonly logger = new Logger('Preferences');

  constructor(private readonly api: PreferencesApi) {}

  @memoize({ id: 'prefs.load', ttl: '1h', tags: ({ userId, locale }) => [tag('user', userId), tag('locale', locale)] })
  async load(@cacheKey userId: string, locale: string): Promise<Preferences> {
    this.logger.debug(`preferences for ${userId} (${locale})`);
    const p = await this.api.load(userId);
    return { email: p.email, push: p.push };
  }
}
