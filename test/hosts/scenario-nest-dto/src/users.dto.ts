export class AddressDto {
  street!: string;
  city!: string;

  get label(): string {
    return `${this.street}, ${this.city}`;
  }
}

export class UserDto {
  id!: string;
  name!: string;
  address!: AddressDto;
  tags: string[] = [];
  joinedAt!: Date;

  greet(): string {
    return `Hello, ${this.name}`;
  }
}

/** Another class: a value of it where the plan names UserDto is refused, never stored. */
export class AdminDto extends UserDto {
  permissions: string[] = [];
}

export function makeUser(id: string, as: typeof UserDto = UserDto): UserDto {
  const address = Object.assign(new AddressDto(), { street: `${id} Main St`, city: 'Lyon' });
  return Object.assign(new as(), { id, name: `user ${id}`, address, tags: ['a', id], joinedAt: new Date(Date.UTC(2024, 0, Number(id.replace(/\D/g, '')) || 1)) });
}
