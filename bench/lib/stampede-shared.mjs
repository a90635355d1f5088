/** `sqlite:///abs/file.sqlite` → `/abs/file.sqlite` (the bench only uses absolute paths). */
export function sqlitePathOf(url) {
  return new URL(url).pathname;
}
