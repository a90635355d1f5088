// origin: shape of a product-analytics API wrapper that gets its reporting time zone from a mixin helper reading the process's default time zone
// category: data-api
// decorators: legacy
// expect: KP* reportingZone|timeZone
// why: the day boundaries sent upstream come from this.reportingZone(), a mixin method returning the process's default time zone (Intl resolvedOptions), which differs per host and is not in the key.
import { HttpService } from '@nestjs/axios';
import { firstValueFrom } from 'rxjs';
import { memoize } from 'keyproof';

type Constructor<T = object> = abstract new (...args: any[]) => T;

export function WithReportingZone<TBase extends Constructor>(Base: TBase) {
  abstract class Zoned extends Base {
    protected reportingZone(): string {
      return Intl.DateTimeFormat().resolvedOptions().timeZone;
    }
  }
  return Zoned;
}

abstract class AnalyticsApiBase {
  protected readonly baseUrl = 'https://analytics.internal.example.com/v3';

  constructor(protected readonly http: HttpService) {}
}

export interface DauPoint {
  day: string;
  users: number;
}

export class ActiveUsersApi extends WithReportingZone(AnalyticsApiBase) {
  @memoize({ version: 'dau-v1', ttl: '6h' })
  async dailyActiveUsers(projectId: string, from: string, to: string): Promise<DauPoint[]> {
    const { data } = await firstValueFrom(
      this.http.get<DauPoint[]>(`${this.baseUrl}/projects/${projectId}/dau`, {
        params: { from, to, tz: this.reportingZone() },
      }),
    );
    return data;
  }
}
