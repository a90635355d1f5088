// origin: shape of a NestJS users module: a profile service tags its entries by user, the users controller invalidates on update
// category: nest-service
// decorators: legacy
// expect: KP* usr
// why: the controller invalidates tag 'usr', which no memoised method declares (the profile service declares 'user'): a silent no-op at run time
import { Injectable, Controller, Put, Param, Body } from '@nestjs/common';
import { memoize, tag, invalidateTag } from 'keyproof';

export interface Profile {
  id: string;
  displayName: string;
  avatarUrl: string;
}

interface ProfileApi {
  fetchProfile(userId: string): Promise<Profile>;
  updateProfile(userId: string, patch: Partial<Profile>): Promise<void>;
}

@Injectable()
export class ProfileService {
  constructor(private readonly api: ProfileApi) {}

  @memoize({ id: 'profiles.get', version: 'v1', ttl: '1d', tags: ({ userId }) => [tag('user', userId)] })
  async getProfile(userId: string): Promise<Profile> {
    const p = await this.api.fetchProfile(userId);
    return { id: p.id, displayName: p.displayName, avatarUrl: p.avatarUrl };
  }

  async update(userId: string, patch: Partial<Profile>): Promise<void> {
    await this.api.updateProfile(userId, patch);
  }
}

@Controller('users')
export class UsersController {
  constructor(private readonly profiles: ProfileService) {}

  @Put(':id')
  async update(@Param('id') id: string, @Body() patch: Partial<Profile>): Promise<void> {
    await this.profiles.update(id, patch);
    await invalidateTag(tag('usr', id));
  }
}
