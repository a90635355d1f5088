// origin: review probe: twin of report-sort-key-config named sortColumn / LEADERBOARD_SORT_COLUMN (no credential-like name)
// category: data-api
// decorators: tc39
// expect: KP91044|KP91046 LEADERBOARD_SORT_COLUMN
// why: the configured sort column decides which rows come back first, so configuration shapes the answer; a sort key is no credential (principle 2).
import { memoize } from 'keyproof';

interface Db { query<T>(sql: string, params: unknown[]): Promise<T[]> }
export interface Row { id: string; title: string; score: number }

export class BoardSettings {
  sortColumn(): string {
    return process.env.LEADERBOARD_SORT_COLUMN ?? 'score';
  }
}

export class LeaderboardRepo {
  constructor(
    private readonly db: Db,
    private readonly settings: BoardSettings,
  ) {}

  @memoize({ version: 'leaderboard-v1', ttl: '5m', cost: 0.0005 })
  async top(board: string, limit: number): Promise<Row[]> {
    const column = this.settings.sortColumn();
    const safe = /^[a-z_]+$/.test(column) ? column : 'score';
    return this.db.query<Row>(`select id, title, score from entries where board = $1 order by ${safe} desc limit $2`, [board, limit]);
  }
}
