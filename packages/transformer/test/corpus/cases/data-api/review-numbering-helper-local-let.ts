// origin: review probe: a helper numbering rows with a local `let` stepped in its map callback, its result returned (per-call value made by a called function)
// category: data-api
// decorators: tc39
// expect: clean
// why: the helper's counter is a local made fresh on every call, so the same rows are always ranked the same (no state reaches the answer).
import { memoize } from 'keyproof';

interface Db { query<T>(sql: string, params: unknown[]): Promise<T[]> }
export interface Ranked { rank: number; name: string; points: number }

function withRanks(rows: { name: string; points: number }[]): Ranked[] {
  let rank = 0;
  return rows.map((r) => ({ rank: ++rank, name: r.name, points: r.points }));
}

export class Standings {
  constructor(private readonly db: Db) {}

  @memoize({ version: 'standings-v1', ttl: '5m', cost: 0.0004 })
  async table(league: string): Promise<Ranked[]> {
    const rows = await this.db.query<{ name: string; points: number }>('select name, points from teams where league = $1 order by points desc', [league]);
    return withRanks(rows);
  }
}
