// Reduced from api/src/mongo.ts (DfMongo, the process-wide MongoDB handle) and the part of the
// mongodb driver it uses (local stand-ins for the third-party client).
export interface FindOptions {
  projection?: Record<string, unknown>;
}
export interface Collection<T> {
  findOne(filter: Record<string, unknown>, options?: FindOptions): Promise<T | null>;
}
export interface Db {
  collection<T = Record<string, unknown>>(name: string): Collection<T>;
}
export interface PublicationSite {
  type: string;
  id: string;
  url: string;
  draftUrl?: string;
  title?: string;
}
export interface Settings {
  type: 'user' | 'organization';
  id: string;
  department?: string;
  name?: string;
  publicationSites: PublicationSite[];
}

export declare class Mongo {
  get db(): Db;
  connect(url: string, options?: Record<string, unknown>): Promise<void>;
}

export class DfMongo {
  constructor(private readonly mongo: Mongo) {}

  get db() {
    return this.mongo.db;
  }

  get settings() {
    return this.mongo.db.collection<Settings>('settings');
  }
}

declare const driver: Mongo;
const dfMongo = new DfMongo(driver);

export default dfMongo;
