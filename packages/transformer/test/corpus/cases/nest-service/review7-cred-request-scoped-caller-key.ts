// origin: review probe: a request-scoped Nest service taking the caller's API key off the request and calling the upstream with it
// category: nest-service
// decorators: legacy
// expect: KP91040|KP91046 apiKey|request
// why: each request carries its caller's key, which picks whose projects come back; instances for two callers share entries (principle 2).
import { Inject, Injectable, Scope } from '@nestjs/common';
import type { Request } from 'express';
import { memoize } from 'keyproof';

@Injectable({ scope: Scope.REQUEST })
export class ProjectDirectory {
  private readonly apiKey: string;

  constructor(@Inject('REQUEST') request: Request) {
    this.apiKey = String(request.headers['x-api-key'] ?? '');
  }

  @memoize({ version: 'projects-v1', ttl: '5m' })
  async projects(status: string): Promise<string[]> {
    const res = await fetch(`https://projects.example.com/v1/projects?status=${status}`, {
      headers: { 'x-api-key': this.apiKey },
    });
    return ((await res.json()) as { name: string }[]).map((p) => p.name);
  }
}
