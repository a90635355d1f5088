// Local stand-ins for data-fair's process-wide handles (#mongo: api/src/mongo.ts, #es:
// api/src/es.ts) and the parts of the mongodb / elasticsearch clients the port uses.
export interface Collection<T> {
  findOne(filter: Record<string, unknown>, options?: { projection?: Record<string, unknown> }): Promise<T | null>;
}
export interface Db {
  collection<T = Record<string, unknown>>(name: string): Collection<T>;
}
export interface ClusterSettings {
  persistent?: Record<string, string>;
  transient?: Record<string, string>;
  defaults?: Record<string, string>;
}
export interface EsClient {
  cluster: {
    getSettings(params: { include_defaults?: boolean; flat_settings?: boolean }): Promise<ClusterSettings>;
  };
}

export declare class DfMongo {
  get db(): Db;
}
export declare class DfEs {
  get client(): EsClient;
}

declare const mongo: DfMongo;
declare const es: DfEs;
export { mongo, es };
