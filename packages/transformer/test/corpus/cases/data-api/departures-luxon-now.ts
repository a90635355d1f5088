// origin: shape of a ferry/train schedule client (getSchedule(departingId, arrivingId, date = DateTime.local()) in a public WSF app), the date passed as a full timestamp
// category: data-api
// decorators: legacy
// expect: KP91020 at
import { DateTime } from 'luxon';
import { memoize } from 'keyproof';

export interface Sailing { departs: string; arrives: string; vessel: string }
interface ScheduleApi { get<T>(path: string): Promise<T> }

export class ScheduleClient {
  constructor(private readonly api: ScheduleApi) {}

  @memoize({ ttl: '5m' })
  async sailings(departingId: string, arrivingId: string, at: string): Promise<Sailing[]> {
    return this.api.get<Sailing[]>(`/schedule/${departingId}/${arrivingId}/${at}`);
  }

  async nextSailings(departingId: string, arrivingId: string): Promise<Sailing[]> {
    return this.sailings(departingId, arrivingId, DateTime.local().toISO() ?? '');
  }
}
