// origin: review probe: a secrets service whose method reads process.env under a computed name, used for a Bearer token (credential through another service's method)
// category: nest-service
// decorators: legacy
// expect: clean
// why: the token only authenticates the request; the same question gets the same answer whichever valid token is sent (a credential authenticates however it is held).
import { Injectable } from '@nestjs/common';
import { HttpService } from '@nestjs/axios';
import { firstValueFrom } from 'rxjs';
import { memoize } from 'keyproof';

@Injectable()
export class Secrets {
  token(provider: string): string {
    const value = process.env[`${provider.toUpperCase()}_TOKEN`];
    if (!value) throw new Error(`no token for ${provider}`);
    return value;
  }
}

@Injectable()
export class IssueStats {
  constructor(
    private readonly http: HttpService,
    private readonly secrets: Secrets,
  ) {}

  @memoize({ version: 'issue-stats-v1', ttl: '15m', cost: 0.0005 })
  async openIssues(project: string): Promise<number> {
    const { data } = await firstValueFrom(
      this.http.get<{ total: number }>(`https://tracker.example/api/projects/${project}/issues?state=open`, {
        headers: { Authorization: `Bearer ${this.secrets.token('tracker')}` },
      }),
    );
    return data.total;
  }
}
