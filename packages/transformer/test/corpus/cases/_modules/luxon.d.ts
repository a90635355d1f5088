// The part of luxon's API the cases use (declarations only, written for the corpus).
declare module 'luxon' {
  export type DateUnit = 'year' | 'month' | 'week' | 'day' | 'hour' | 'minute';
  export interface DurationLike { years?: number; months?: number; weeks?: number; days?: number; hours?: number; minutes?: number }
  export class DateTime {
    static now(): DateTime;
    /** Now, or the given local date and time when arguments are passed. */
    static local(year?: number, month?: number, day?: number, hour?: number, minute?: number): DateTime;
    /** Now in UTC, or the given UTC date and time when arguments are passed. */
    static utc(year?: number, month?: number, day?: number, hour?: number, minute?: number): DateTime;
    static fromISO(text: string, options?: { zone?: string }): DateTime;
    static fromMillis(ms: number): DateTime;
    readonly zoneName: string;
    startOf(unit: DateUnit): DateTime;
    minus(duration: DurationLike): DateTime;
    plus(duration: DurationLike): DateTime;
    setZone(zone: string): DateTime;
    toISO(): string | null;
    toISODate(): string | null;
    toFormat(format: string): string;
    toMillis(): number;
    toJSDate(): Date;
  }
}
