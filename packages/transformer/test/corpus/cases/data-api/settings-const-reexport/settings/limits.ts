export const LIMITS = Object.freeze({ pageSize: 100, maxPages: 20 });
export const ENDPOINTS = {
  series: 'https://stats.example.org/api/series',
  meta: 'https://stats.example.org/api/meta',
} as const;
