/**
 * Declared classes come back as classes: the codec, walked along a plan's result shape,
 * restores the prototypes of the classes the plan names (nested in properties, arrays, Maps
 * and Sets; no constructor run; each hit its own copy), gives a plain object back plain, and
 * refuses (never stores) an instance of another class. The memoised call counts upstream calls.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { planSignature, type KeyPlan, type ResultShape } from '@keyproof/plan';
import { admitValue } from '../src/admit-value.js';
import { decodeValue, encodeValue } from '../src/codec.js';
import { configure, resetConfig } from '../src/config.js';
import { events } from '../src/events.js';
import { memoize } from '../src/memoize.js';
import { handOut, MarkedValue, ResultClasses } from '../src/result-classes.js';
import { close } from '../src/stats.js';
import { uniqueId } from './support/stores.js';

let constructed = 0;
class AddressDto {
  constructor(
    readonly city: string,
    readonly zip: string,
  ) {
    constructed++;
  }
  label(): string {
    return `${this.zip} ${this.city}`;
  }
}
class UserDto {
  constructor(
    readonly id: number,
    readonly name: string,
    public address: AddressDto,
    readonly joined: Date,
  ) {
    constructed++;
  }
  greet(): string {
    return `hello ${this.name}`;
  }
}
class AdminDto extends UserDto {}

// Promise<{ users: UserDto[]; byId: Map<string, UserDto>; tags: Set<AddressDto>; owner: UserDto | null }>
const shape: ResultShape = {
  classes: ['UserDto', 'AddressDto'],
  places: [
    { kind: 'object', props: { users: 1, byId: 2, tags: 3, owner: 4 } },
    { kind: 'array', items: 4 },
    { kind: 'map', values: 4 },
    { kind: 'set', items: 5 },
    { kind: 'class', options: [{ class: 0, props: { address: 5 } }] },
    { kind: 'class', options: [{ class: 1, props: {} }] },
  ],
};
const classes = (): ResultClasses => new ResultClasses('Users.list', shape, () => [UserDto, AddressDto]);

const user = (id: number): UserDto =>
  new UserDto(id, `u${id}`, new AddressDto('Lyon', `6900${id}`), new Date(id * 1000));
function sample() {
  const a = user(1);
  const b = user(2);
  return {
    users: [a, b],
    byId: new Map([
      ['1', a],
      ['2', b],
    ]),
    tags: new Set([new AddressDto('Paris', '75001')]),
    owner: null as UserDto | null,
  };
}

function roundTrip(value: unknown, c = classes()): unknown {
  const admitted = admitValue(value, 1 << 20, c);
  expect(admitted.problem).toBeUndefined();
  return handOut(decodeValue(admitted.bytes!), c, 'Users.list');
}

describe('the codec with a result shape', () => {
  it('restores prototypes in arrays, Maps, Sets and properties, without running a constructor', () => {
    const value = sample();
    const before = constructed;
    const back = roundTrip(value) as ReturnType<typeof sample>;
    expect(constructed).toBe(before);
    expect(back).toEqual(value);
    expect(back.users.every((u) => u instanceof UserDto && u.address instanceof AddressDto)).toBe(true);
    expect(back.users[1]!.greet()).toBe('hello u2');
    expect(back.users[0]!.address.label()).toBe('69001 Lyon');
    expect(back.users[0]!.joined).toBeInstanceOf(Date);
    expect(back.byId.get('2')).toBeInstanceOf(UserDto);
    expect([...back.tags][0]).toBeInstanceOf(AddressDto);
    // V8 keeps identity inside one value: the Map holds the same objects as the array
    expect(back.byId.get('1')).toBe(back.users[0]);
  });

  it('gives each decode its own objects', () => {
    const c = classes();
    const bytes = admitValue(sample(), 1 << 20, c).bytes!;
    const one = handOut(decodeValue(bytes), c, 'm') as ReturnType<typeof sample>;
    const two = handOut(decodeValue(bytes), c, 'm') as ReturnType<typeof sample>;
    expect(one.users[0]).not.toBe(two.users[0]);
    expect(two.users[0]).toBeInstanceOf(UserDto);
  });

  it('gives a plain object at a class place back plain (what went in comes back)', () => {
    const value = {
      users: [{ id: 3, name: 'plain', address: { city: 'Nice', zip: '06000' }, joined: new Date(0) }, user(4)],
      byId: new Map(),
      tags: new Set(),
      owner: null,
    };
    const back = roundTrip(value) as { users: object[] };
    expect(Object.getPrototypeOf(back.users[0])).toBe(Object.prototype);
    expect(back.users[1]).toBeInstanceOf(UserDto);
    expect(back).toEqual(value);
  });

  it('refuses an instance of another class at a class place, subclasses included, naming method, path, classes and fix', () => {
    const value = { ...sample(), owner: new AdminDto(9, 'root', new AddressDto('Rome', '00100'), new Date(0)) };
    const admitted = admitValue(value, 1 << 20, classes());
    expect(admitted.bytes).toBeUndefined();
    expect(admitted.problem?.reason).toBe(
      'result.owner is an instance of AdminDto, where the declared return type of Users.list has UserDto: a hit would give it back as UserDto',
    );
    expect(admitted.problem?.fix).toMatch(/declare AdminDto in the return type \(`UserDto \| AdminDto`\)/);
  });

  it('refuses a class instance where the shape names none, as before', () => {
    const value = { ...sample(), extra: new AddressDto('x', 'y') };
    expect(admitValue(value, 1 << 20, classes()).problem?.reason).toMatch(
      /^result\.extra is an instance of AddressDto, which comes back from the store as a plain object/,
    );
  });

  it('refuses an instance with a non-enumerable own property (the codec would drop it)', () => {
    const u = user(5);
    Object.defineProperty(u, 'secret', { value: 1, enumerable: false });
    expect(admitValue({ users: [u] }, 1 << 20, classes()).problem?.reason).toMatch(
      /^result\.users\[0\] is an object with a non-enumerable own property/,
    );
  });

  it('writes format 1 without classes and format 2 with them; a marked entry without a plan is corrupt', () => {
    expect(encodeValue({ a: 1 })[0]).toBe(1);
    const bytes = admitValue(sample(), 1 << 20, classes()).bytes!;
    expect(bytes[0]).toBe(2);
    expect(decodeValue(bytes)).toBeInstanceOf(MarkedValue);
    expect(() => handOut(decodeValue(bytes), undefined, 'Users.list')).toThrow(
      /class marks, but the plan of Users.list names no classes/,
    );
  });

  it('follows cycles and shared objects once, on both sides', () => {
    const a = user(6) as UserDto & { self?: unknown };
    const recursive: ResultShape = {
      classes: ['UserDto', 'AddressDto'],
      places: [
        { kind: 'class', options: [{ class: 0, props: { self: 0, address: 1 } }] },
        { kind: 'class', options: [{ class: 1, props: {} }] },
      ],
    };
    a.self = a;
    const c = new ResultClasses('m', recursive, () => [UserDto, AddressDto]);
    const back = handOut(decodeValue(admitValue(a, 1 << 20, c).bytes!), c, 'm') as typeof a;
    expect(back).toBeInstanceOf(UserDto);
    expect(back.self).toBe(back);
    expect(back.address).toBeInstanceOf(AddressDto);
  });
});

describe('a memoised method whose plan names classes', () => {
  beforeEach(() =>
    configure({ store: 'memory://', flushIntervalMs: 0, frontCache: { maxEntries: 100, maxBytes: 1 << 20 } }),
  );
  afterEach(async () => {
    events.removeAllListeners();
    await close();
    resetConfig();
  });

  function planFor(id: string): KeyPlan {
    const fields = [{ name: 'id', index: 0 }];
    return {
      format: 1,
      id,
      source: 'test',
      fields,
      excluded: [],
      signature: planSignature(fields, shape),
      result: shape,
      classes: () => [UserDto, AddressDto],
      project: (...args: never[]) => [args[0]],
    };
  }

  it('serves instances on every hit (front cache and store), counting upstream calls', async () => {
    const id = uniqueId('Users.list');
    const upstream = vi.fn(async (_n: number) => sample());
    const fn = memoize(upstream, { id }, planFor(id));
    const results = [await fn(1), await fn(1), await fn(1)];
    expect(upstream).toHaveBeenCalledTimes(1);
    for (const r of results) {
      expect(r.users[0]).toBeInstanceOf(UserDto);
      expect(r.users[0]!.address).toBeInstanceOf(AddressDto);
      expect(r.byId.get('2')).toBeInstanceOf(UserDto);
    }
    expect(results[1]).not.toBe(results[2]);
    results[1]!.users[0]!.address = new AddressDto('mutated', '0');
    expect((await fn(1)).users[0]!.address.city).toBe('Lyon');
    expect(upstream).toHaveBeenCalledTimes(1);
  });

  it('returns a value of another class to its caller but never stores it', async () => {
    const id = uniqueId('Users.owner');
    const unstorable = vi.fn();
    events.on('unstorable', unstorable);
    events.on('error', () => undefined);
    const admin = new AdminDto(1, 'root', new AddressDto('Rome', '00100'), new Date(0));
    const upstream = vi.fn(async (_n: number) => ({ ...sample(), owner: admin }));
    const fn = memoize(upstream, { id }, planFor(id));
    expect((await fn(1)).owner).toBe(admin);
    expect((await fn(1)).owner).toBe(admin);
    expect(upstream).toHaveBeenCalledTimes(2);
    expect(unstorable.mock.calls[0]![0].reason).toMatch(
      /result\.owner is an instance of AdminDto, where the declared return type of .* has UserDto/,
    );
  });
});
