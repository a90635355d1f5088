import { AsyncLocalStorage } from 'node:async_hooks';

export interface RequestContext {
  locale: string;
  userId: string;
}

export const requestContext = new AsyncLocalStorage<RequestContext>();
