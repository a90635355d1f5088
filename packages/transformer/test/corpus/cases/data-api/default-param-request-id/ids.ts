import { randomUUID } from 'node:crypto';

/** A fresh id for tracing a request across services. */
export function newRequestId(): string {
  return `req_${randomUUID().replace(/-/g, '')}`;
}
