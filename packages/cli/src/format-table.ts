import { printable } from 'keyproof/store';

type Align = 'left' | 'right';

export interface Column<Row> {
  readonly title: string;
  readonly align?: Align;
  readonly value: (row: Row) => string;
}

/** A plain-text table: a header, a rule, one line per row, columns padded to fit. */
export function formatTable<Row>(columns: readonly Column<Row>[], rows: readonly Row[]): string {
  // a cell is one line: every control character in it (newlines too) is escaped
  const cells = rows.map((row) => columns.map((c) => printable(c.value(row))));
  const widths = columns.map((c, i) => Math.max(c.title.length, ...cells.map((r) => r[i]!.length)));
  const line = (values: readonly string[]) =>
    values
      .map((v, i) => (columns[i]!.align === 'right' ? v.padStart(widths[i]!) : v.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(columns.map((c) => c.title)), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(line)].join(
    '\n',
  );
}
