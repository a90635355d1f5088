// origin: shape of a NestJS users service returning class-transformer DTOs (issue 20: "the build refuses a NestJS service that returns its DTO class")
// category: nest-service
// decorators: legacy
// expect: clean
//
// DTO classes come back as classes: alone, nullable, in arrays, in a Map and inside a page
// object. AddressDto is not imported here (only reached through UserDto): the plan imports it.
import { Injectable } from '@nestjs/common';
import { memoize } from 'keyproof';
import { UserDto } from './dto';

interface UsersApi {
  get(id: string): Promise<UserDto | null>;
  list(team: string): Promise<UserDto[]>;
}

@Injectable()
export class UsersService {
  constructor(private readonly api: UsersApi) {}

  @memoize({ ttl: '10m' })
  async findOne(id: string): Promise<UserDto | null> {
    return this.api.get(id);
  }

  @memoize({ ttl: '10m' })
  async team(team: string): Promise<UserDto[]> {
    return this.api.list(team);
  }

  @memoize({ ttl: '10m' })
  async byId(team: string): Promise<Map<string, UserDto>> {
    return new Map((await this.api.list(team)).map((u) => [u.id, u]));
  }

  @memoize({ ttl: '10m' })
  async page(team: string, page: number): Promise<{ items: UserDto[]; total: number }> {
    const all = await this.api.list(team);
    return { items: all.slice(page * 20, page * 20 + 20), total: all.length };
  }
}
