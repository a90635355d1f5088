// origin: shape of a googleapis calendar_v3.Calendar user: the client class has no methods of its own, its methods live on resource properties (events.list)
// category: nest-service
// decorators: legacy
// expect: clean
import { Injectable } from '@nestjs/common';
import { memoize } from 'keyproof';

interface EventsResource {
  list(params: { calendarId: string; timeMin?: string; timeMax?: string; singleEvents?: boolean; orderBy?: 'startTime' }): Promise<{ data: { items?: { id?: string; summary?: string }[] } }>;
}
interface CalendarListResource { list(params: { maxResults?: number }): Promise<{ data: { items?: { id?: string }[] } }> }

/** Like googleapis' generated clients: only resource properties, no methods of its own. */
export class CalendarClient {
  constructor(public readonly events: EventsResource, public readonly calendarList: CalendarListResource) {}
}

@Injectable()
export class HolidayService {
  constructor(private readonly calendar: CalendarClient) {}

  @memoize({ ttl: '7d' })
  async holidays(countryCalendarId: string, year: number): Promise<string[]> {
    const res = await this.calendar.events.list({ calendarId: countryCalendarId, timeMin: `${year}-01-01T00:00:00Z`, timeMax: `${year}-12-31T23:59:59Z`, singleEvents: true, orderBy: 'startTime' });
    return (res.data.items ?? []).map((e) => e.summary ?? '');
  }
}
