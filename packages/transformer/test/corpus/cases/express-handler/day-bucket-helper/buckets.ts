// Date buckets shared by the report routes.
export function utcDay(): string {
  return new Date().toISOString().slice(0, 10);
}

export function isoWeekStart(): number {
  return Math.floor(Date.now() / (7 * 86_400_000));
}
