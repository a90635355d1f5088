// origin: shape of a lookup returning either one DTO or a list of them, depending on the query
// category: nest-service
// decorators: legacy
// expect: KP91032 lookup
//
// One place holds a class or an array of it: the plan could not say which is where.
import { memoize } from 'keyproof';

export class TagDto {
  name!: string;
}

export class TagsService {
  @memoize()
  async lookup(query: string): Promise<TagDto | TagDto[]> {
    return query.includes(',') ? query.split(',').map((name) => Object.assign(new TagDto(), { name })) : Object.assign(new TagDto(), { name: query });
  }
}
