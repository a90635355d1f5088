// The part of dayjs's API the cases use (declarations only, written for the corpus).
declare module 'dayjs' {
  export type UnitType = 'year' | 'month' | 'week' | 'day' | 'hour' | 'minute' | 'second';
  export interface Dayjs {
    format(template?: string): string;
    subtract(value: number, unit: UnitType): Dayjs;
    add(value: number, unit: UnitType): Dayjs;
    startOf(unit: UnitType): Dayjs;
    toISOString(): string;
    unix(): number;
    valueOf(): number;
  }
  function dayjs(date?: string | number | Date): Dayjs;
  export default dayjs;
}
