// origin: shape of a sports-fixtures client normalising kickoff times with luxon (DateTime.fromMillis(stored), DateTime.local(y, m, d)): dates from data, not the clock
// category: data-api
// decorators: legacy
// expect: clean
import { DateTime } from 'luxon';
import { memoize } from 'keyproof';

export interface Fixture { home: string; away: string; kickoff: string }
interface FixturesApi { byDay(league: string, day: string): Promise<Fixture[]> }

export class FixturesClient {
  constructor(private readonly api: FixturesApi) {}

  @memoize({ ttl: '1h' })
  async fixturesOn(league: string, day: string): Promise<Fixture[]> {
    return this.api.byDay(league, day);
  }

  async matchday(league: string, lastKickoffMs: number): Promise<Fixture[]> {
    const day = DateTime.fromMillis(lastKickoffMs).setZone('Europe/London').toISODate() ?? '';
    return this.fixturesOn(league, day);
  }

  async openingDay(league: string, season: number): Promise<Fixture[]> {
    return this.fixturesOn(league, DateTime.local(season, 8, 1).toISODate() ?? '');
  }
}
