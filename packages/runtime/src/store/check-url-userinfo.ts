import { StoreConfigError } from '../errors.js';

/**
 * A store URL whose user name or password holds a raw `@` (or a `#`, `?`, `/` before the
 * host) does not say which host it means: URL parsers split it differently, and the one that
 * connects may dial a host made of part of the password. That is a configuration mistake, said
 * as one (never "the store is down"), without printing the password.
 */
export function checkUrlUserinfo(raw: string, url: URL): void {
  const scheme = /^[a-z][a-z0-9+.-]*:/i.exec(raw)?.[0] ?? '';
  const rest = raw.slice(scheme.length);
  if (!rest.startsWith('//')) return;
  const ats = rest.split('@').length - 1;
  if (ats <= 1 && !`${url.hash}${url.search}${url.pathname}`.includes('@')) return;
  const host = rest.slice(rest.lastIndexOf('@') + 1);
  throw new StoreConfigError(
    `store URL ${scheme}//***@${host} has ${ats} "@" characters: a user name or password that contains "@" ` +
      `(or ":", "/", "?", "#") must be percent-encoded, or the URL names another host than the one meant. ` +
      `Fix: encode it (encodeURIComponent(password); "@" is %40), e.g. ${scheme}//user:p%40ss@${host}.`,
  );
}
