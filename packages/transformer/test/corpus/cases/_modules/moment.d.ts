// The part of moment's API the cases use (declarations only, written for the corpus).
declare module 'moment' {
  export interface Moment {
    format(format?: string): string;
    subtract(amount: number, unit: 'days' | 'hours' | 'minutes' | 'months'): Moment;
    startOf(unit: 'day' | 'hour' | 'month'): Moment;
    toISOString(): string;
    valueOf(): number;
  }
  function moment(input?: string | number | Date): Moment;
  export default moment;
}
