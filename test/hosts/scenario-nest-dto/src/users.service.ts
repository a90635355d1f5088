import { Injectable } from '@nestjs/common';
import { memoize } from 'keyproof';
// AddressDto is not imported here: the plan reaches it through UserDto and imports it itself
import { AdminDto, makeUser, type UserDto } from './users.dto';

/** How many times each "paid" upstream really ran in this process. */
export const upstream = { findOne: 0, team: 0, byId: 0, page: 0, owner: 0 };

@Injectable()
export class UsersService {
  @memoize()
  async findOne(id: string): Promise<UserDto | null> {
    upstream.findOne++;
    return id === 'none' ? null : makeUser(id);
  }

  @memoize()
  async team(team: string): Promise<UserDto[]> {
    upstream.team++;
    return [makeUser(`${team}1`), makeUser(`${team}2`)];
  }

  @memoize()
  async byId(team: string): Promise<Map<string, UserDto>> {
    upstream.byId++;
    return new Map([makeUser(`${team}1`), makeUser(`${team}2`)].map((u) => [u.id, u]));
  }

  @memoize()
  async page(team: string, page: number): Promise<{ items: UserDto[]; total: number; lead: UserDto | null }> {
    upstream.page++;
    const items = [makeUser(`${team}${page}`)];
    return { items, total: 10, lead: items[0]! };
  }

  /** Declared UserDto, returns an AdminDto: returned to the caller, never stored (a hit would turn it into a UserDto). */
  @memoize()
  async owner(team: string): Promise<UserDto> {
    upstream.owner++;
    return makeUser(`${team}9`, AdminDto);
  }
}
