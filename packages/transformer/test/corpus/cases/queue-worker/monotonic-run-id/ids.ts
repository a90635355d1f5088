// A small ULID-style monotonic id factory (time prefix + counter), shared by the workers.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export function monotonicFactory(): () => string {
  let lastTime = 0;
  let counter = 0;
  return function next(): string {
    const now = Date.now();
    counter = now === lastTime ? counter + 1 : 0;
    lastTime = now;
    let time = now;
    let prefix = '';
    for (let i = 0; i < 10; i++) {
      prefix = ALPHABET[time % 32] + prefix;
      time = Math.floor(time / 32);
    }
    return `${prefix}${counter.toString(32).padStart(6, '0').toUpperCase()}`;
  };
}

export const nextRunId = monotonicFactory();
