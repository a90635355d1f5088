// origin: review probe: a sort column handed out by a settings method over process.env, named sortKey (credential regex over "Key")
// category: data-api
// decorators: tc39
// expect: KP91044|KP91046 LEADERBOARD_SORT_KEY
// why: the configured sort column decides which rows come back first, so configuration shapes the answer; a sort key is no credential (principle 2).
import { memoize } from 'keyproof';

interface Db { query<T>(sql: string, params: unknown[]): Promise<T[]> }
export interface Row { id: string; title: string; score: number }

export class BoardSettings {
  sortKey(): string {
    return process.env.LEADERBOARD_SORT_KEY ?? 'score';
  }
}

export class LeaderboardRepo {
  constructor(
    private readonly db: Db,
    private readonly settings: BoardSettings,
  ) {}

  @memoize({ version: 'leaderboard-v1', ttl: '5m', cost: 0.0005 })
  async top(board: string, limit: number): Promise<Row[]> {
    const column = this.settings.sortKey();
    const safe = /^[a-z_]+$/.test(column) ? column : 'score';
    return this.db.query<Row>(`select id, title, score from entries where board = $1 order by ${safe} desc limit $2`, [board, limit]);
  }
}
