/**
 * Text from outside (store URLs, ids and records read from a store, error messages) made safe
 * to print: passwords replaced, control characters escaped. The runtime's warnings and the
 * CLI both use these, so a stored `ESC[2J` never reaches a terminal as a command.
 */

/** A store URL safe to print: its password replaced, also when the URL does not parse. */
export function redact(url: URL | string): string {
  const text = typeof url === 'string' ? url : url.href;
  try {
    const u = new URL(text);
    if (u.password) u.password = '***';
    for (const name of [...u.searchParams.keys()]) if (/pass|secret|token/i.test(name)) u.searchParams.set(name, '***');
    return printable(u.href);
  } catch {
    // not a URL (a bad port, a typo): still never print what sits between `:` and `@` of the authority
    const masked = text
      .replace(/^([a-z][a-z0-9+.-]*:\/\/[^/?#@]*?:)[^/?#]*@/i, '$1***@')
      .replace(/([?&][^=&#]*(?:pass|secret|token)[^=&#]*=)[^&#]*/gi, '$1***');
    return printable(masked);
  }
}

/** Control characters (C0, DEL, C1) escaped as `\xNN`: the text prints as itself, never as terminal commands. */
export function printable(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

/** As `printable`, but newlines and tabs stay: for whole messages (warnings, CLI output). */
export function terminalSafe(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
