// origin: shape of a timetable/calendar NestJS service (issue 14's "calendarId = this.calendarId"): a key parameter whose default reads a configured field
// category: nest-service
// decorators: legacy
// expect: clean
// key: calendarId
import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { memoize } from 'keyproof';

export interface CalendarEvent { id: string; summary: string; start: string; end: string }
interface CalendarApi { listEvents(calendarId: string, timeMin: string, timeMax: string): Promise<CalendarEvent[]> }

@Injectable()
export class RoomBookingService {
  private readonly calendarId: string;

  constructor(private readonly api: CalendarApi, config: ConfigService) {
    this.calendarId = config.getOrThrow<string>('ROOMS_CALENDAR_ID');
  }

  /** Events of a day; the calendar defaults to the rooms calendar (the default is part of the key). */
  @memoize({ ttl: '5m' })
  async eventsOn(day: string, calendarId = this.calendarId): Promise<CalendarEvent[]> {
    return this.api.listEvents(calendarId, `${day}T00:00:00Z`, `${day}T23:59:59Z`);
  }
}
