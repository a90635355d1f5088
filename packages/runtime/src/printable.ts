/**
 * Text from outside (store URLs, ids and records read from a store, error messages) made safe
 * to print: passwords replaced, control characters escaped. The runtime's warnings and the
 * CLI both use these, so a stored `ESC[2J` never reaches a terminal as a command.
 */

/**
 * A store URL (or a message holding one) safe to print: whatever could be a password replaced.
 * By structure, never by a URL parser, which a password with `/`, `?`, `#` or `@` in it
 * defeats (the parser then takes part of the password for the host or the path, and prints
 * it): in `scheme://userinfo@rest` the userinfo runs to the LAST `@` of the URL (a host never
 * holds one), so everything from the first `:` of it to that `@` goes; a userinfo without a
 * `:` is kept only when it is a plain user name. Query parameters named like a secret
 * (`password`, `secret`, `token`, `key`, `auth`) lose their values. Over-redacting (an `@` in a
 * query) is the safe direction.
 */
export function redact(url: URL | string): string {
  const text = typeof url === 'string' ? url : url.href;
  // a URL alone is one URL to its end (a password may even hold a space); in a message, each URL runs to a space
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) return printable(maskUrl(text));
  return printable(text.replace(/[a-z][a-z0-9+.-]*:\/\/\S*/gi, maskUrl));
}

const PLAIN_USER = /^[A-Za-z0-9._~%+-]*$/;

function maskUrl(url: string): string {
  const start = url.indexOf('//') + 2;
  const at = url.lastIndexOf('@');
  let out = url;
  if (at >= start) {
    const userinfo = url.slice(start, at);
    const colon = userinfo.indexOf(':');
    const user = colon < 0 ? userinfo : userinfo.slice(0, colon);
    const kept = PLAIN_USER.test(user) ? user : '***';
    out = `${url.slice(0, start)}${colon < 0 && kept === user ? user : `${kept}:***`}@${url.slice(at + 1)}`;
  }
  return out.replace(/([?&;][^=&#;]*(?:pass|pwd|secret|token|key|auth)[^=&#;]*=)[^&#;]*/gi, '$1***');
}

/**
 * Characters that reorder or break what a terminal shows: bidirectional controls (U+202E
 * turns the rest of a line around) and Unicode line separators. Escaped as `\u202e`.
 */
const BIDI = /[\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const unicodeEscape = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** Control characters (C0, DEL, C1) escaped as `\xNN`, bidirectional controls as `\uNNNN`: the text prints as itself, on one line, never as terminal commands. */
export function printable(text: string): string {
  return text
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`)
    .replace(BIDI, unicodeEscape);
}

/** As `printable`, but newlines and tabs stay: for whole messages (warnings, CLI output). */
export function terminalSafe(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`)
    .replace(BIDI, unicodeEscape);
}
