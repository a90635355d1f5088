// `keyproof/otel`: the OpenTelemetry bridge. Imports `@opentelemetry/api` (an optional peer
// dependency), so it is kept out of keyproof's main entry.
export { instrument, type InstrumentOptions } from './instrument.js';
