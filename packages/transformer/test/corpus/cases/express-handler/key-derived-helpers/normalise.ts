const STOP_WORDS: readonly string[] = ['the', 'a', 'an', 'of'] as const;

/** Canonical form of a postal address for the geocoder. */
export function canonicalAddress(street: string, city: string): string {
  const words = `${street} ${city}`.toLowerCase().split(/\s+/).filter((w) => w && !STOP_WORDS.includes(w));
  return words.join(' ');
}

export function boundingBox(country: string): string {
  return country === 'NL' ? '3.2,50.7,7.3,53.6' : country === 'BE' ? '2.5,49.5,6.4,51.5' : '';
}
