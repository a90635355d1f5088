// JSON configuration files the cases import (declarations only, written for the corpus).
declare module '*/analytics.config.json' {
  const config: { warehouse: { region: string; dataset: string }; maxRows: number };
  export default config;
}
