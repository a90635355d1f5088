// origin: review probe: another service's method handing out a batch size from process.env, used only to chunk the ids fetched (methods now followed for env)
// category: data-api
// decorators: tc39
// expect: clean
// why: however the ids are chunked, the same users come back in the same order; the batch size only paces the requests (nothing more).
import { memoize } from 'keyproof';

export class FetchSettings {
  batchSize(): number {
    return Math.max(1, Number(process.env.USER_FETCH_BATCH ?? 50));
  }
}

export interface User { id: string; name: string }

export class UserDirectory {
  constructor(private readonly settings: FetchSettings) {}

  @memoize({ version: 'users-by-id-v1', ttl: '10m', cost: 0.001 })
  async byIds(ids: string[]): Promise<User[]> {
    const size = this.settings.batchSize();
    const users: User[] = [];
    for (let i = 0; i < ids.length; i += size) {
      const chunk = ids.slice(i, i + size);
      const res = await fetch(`https://users.internal/v1/users?ids=${chunk.join(',')}`);
      users.push(...((await res.json()) as User[]));
    }
    return users;
  }
}
