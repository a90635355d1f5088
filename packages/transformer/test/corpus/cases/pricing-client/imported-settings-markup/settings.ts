// Runtime settings, loaded from the admin panel at startup and on every change.
export const settings = {
  markupPct: 12,
  roundingCents: 5,
};

export function applyAdminSettings(next: Partial<typeof settings>): void {
  Object.assign(settings, next);
}
