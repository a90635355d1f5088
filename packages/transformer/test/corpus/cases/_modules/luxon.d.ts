// The part of luxon's API the cases use (declarations only, written for the corpus).
declare module 'luxon' {
  export type DateUnit = 'year' | 'month' | 'week' | 'day' | 'hour' | 'minute';
  export interface DurationLike { years?: number; months?: number; weeks?: number; days?: number; hours?: number; minutes?: number }
  export class DateTime {
    static now(): DateTime;
    static local(): DateTime;
    static utc(): DateTime;
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
