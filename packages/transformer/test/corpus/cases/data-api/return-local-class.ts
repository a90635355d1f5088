// origin: shape of a CSV-backed data endpoint whose row class is declared inside the loader function (your own writing)
// category: data-api
// decorators: legacy
// expect: KP* fetchRows
// why: the rows are instances of a class declared inside a function, which cannot be named at run time to restore on a hit (return value)
import { memoize } from 'keyproof';

interface CsvSource { text(url: string): Promise<string> }
declare const csv: CsvSource;

function makeRowType() {
  return class Row {
    constructor(public readonly cells: string[]) {}
    get(i: number): string {
      return this.cells[i] ?? '';
    }
  };
}

const Row = makeRowType();
type Row = InstanceType<typeof Row>;

export const fetchRows = memoize(
  async function fetchRows(url: string): Promise<Row[]> {
    const text = await csv.text(url);
    return text
      .split('\n')
      .filter((line) => line.length > 0)
      .map((line) => new Row(line.split(',')));
  },
  { ttl: '1d', cost: 0.0001 },
);
