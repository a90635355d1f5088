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
  /** A TypeScript-private field: an own property at run time, stored like the others. */
  private internalNote = '';
  address!: AddressDto;
  previous: AddressDto[] = [];
  joinedAt!: Date;

  displayName(): string {
    return `${this.name} (${this.id})`;
  }
}
