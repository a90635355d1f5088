// origin: shape of a NestJS CRM profile service returning a DTO that hides its source in an ES private field (your own writing, never a verbatim copy)
// category: nest-service
// decorators: tc39
// expect: KP* getProfile
// why: return value: ProfileDto has a #private field the codec cannot see, so a hit could not give back what went in
import { Injectable } from '@nestjs/common';
import { HttpService } from '@nestjs/axios';
import { firstValueFrom } from 'rxjs';
import { memoize } from 'keyproof';

export class ProfileDto {
  #source: string;

  constructor(
    public readonly id: string,
    public readonly displayName: string,
    public readonly email: string | null,
    source: string,
  ) {
    this.#source = source;
  }

  describe(): string {
    return `${this.displayName} (${this.#source})`;
  }
}

const CRM_BASE = 'https://crm.example.com/api';

@Injectable()
export class ProfilesService {
  constructor(private readonly http: HttpService) {}

  @memoize({ version: 'prof-v1', ttl: '15m', cost: 0.001 })
  async getProfile(userId: string): Promise<ProfileDto> {
    const res = await firstValueFrom(
      this.http.get<{ id: string; name: string; email?: string }>(`${CRM_BASE}/contacts/${userId}`),
    );
    return new ProfileDto(res.data.id, res.data.name, res.data.email ?? null, 'crm');
  }
}
