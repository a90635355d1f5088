export const apiConfig = {
  baseUrl: 'https://data.example.org/v1',
  pageSize: 50,
  includeDrafts: false,
};

export function loadApiConfig(overrides: Partial<typeof apiConfig>): void {
  Object.assign(apiConfig, overrides);
}
