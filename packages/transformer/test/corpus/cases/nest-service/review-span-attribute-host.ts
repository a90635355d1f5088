// origin: review probe (round 10 rules): an OpenTelemetry Span's setAttribute with os.hostname() (recorder by type)
// category: nest-service
// decorators: legacy
// expect: clean
// why: an OpenTelemetry Span's setAttribute with os.hostname() (recorder by type) (the review of round 10's rules; the expectation is the principle's).
import { Injectable } from '@nestjs/common';
import os from 'node:os';
import { memoize } from 'keyproof';
interface Span { setAttribute(k: string, v: string): Span; end(): void }
interface Tracer { startSpan(name: string): Span }
declare const tracer: Tracer;
@Injectable()
export class Lookup {
  @memoize({ version: 'lk-v1', ttl: '1h' })
  async name(id: string): Promise<string> {
    const s = tracer.startSpan('lookup');
    s.setAttribute('host.name', os.hostname());
    const res = await fetch(`https://dir.example.com/users/${id}`);
    s.end();
    return ((await res.json()) as { name: string }).name;
  }
}
