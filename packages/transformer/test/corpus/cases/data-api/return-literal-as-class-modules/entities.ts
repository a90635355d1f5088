export class CustomerEntity {
  id!: string;
  email!: string;
  createdAt!: Date;
  tags: string[] = [];

  isNew(now: Date): boolean {
    return now.getTime() - this.createdAt.getTime() < 7 * 86_400_000;
  }
}
