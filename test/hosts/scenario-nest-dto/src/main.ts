import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { close, events } from 'keyproof';
import { AddressDto, AdminDto, UserDto } from './users.dto';
import { upstream, UsersService } from './users.service';

@Module({ providers: [UsersService] })
class AppModule {}

/** A DTO as it went in: its class, its nested class, its methods and getters, its Date. */
function intact(user: UserDto | null | undefined, id: string): boolean {
  return (
    user instanceof UserDto &&
    !(user instanceof AdminDto) &&
    user.address instanceof AddressDto &&
    user.greet() === `Hello, user ${id}` &&
    user.address.label === `${id} Main St, Lyon` &&
    user.joinedAt instanceof Date &&
    user.tags.join() === `a,${id}`
  );
}

async function main(): Promise<void> {
  const app = await NestFactory.createApplicationContext(AppModule, { logger: false });
  const users = app.get(UsersService);
  const unstorable: string[] = [];
  events.on('unstorable', ({ reason }) => void unstorable.push(reason));
  events.on('error', () => undefined);
  const checks: Record<string, boolean> = {};
  const seen = new Set<object>();
  const fresh = (value: object): boolean => {
    const isFresh = !seen.has(value);
    seen.add(value);
    return isFresh;
  };
  for (let round = 0; round < 3; round++) {
    const one = await users.findOne('7');
    const none = await users.findOne('none');
    const team = await users.team('t');
    const byId = await users.byId('t');
    const page = await users.page('t', 3);
    const owner = await users.owner('t');
    const ok = (name: string, value: boolean): void => {
      checks[name] = (checks[name] ?? true) && value;
    };
    ok('findOne', intact(one, '7') && fresh(one!));
    ok('findOne null', none === null);
    ok('team', team.length === 2 && intact(team[0], 't1') && intact(team[1], 't2') && fresh(team[0]!));
    ok('byId Map', byId instanceof Map && intact(byId.get('t1'), 't1') && intact(byId.get('t2'), 't2') && fresh(byId.get('t1')!));
    ok('page', page.total === 10 && intact(page.items[0], 't3') && page.lead === page.items[0] && fresh(page.items[0]!));
    ok('owner stays AdminDto', owner instanceof AdminDto);
  }
  await app.close();
  await close();
  process.stdout.write(`KEYPROOF_DTO_RESULT ${JSON.stringify({ upstream, checks, unstorable: [...new Set(unstorable)] })}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
