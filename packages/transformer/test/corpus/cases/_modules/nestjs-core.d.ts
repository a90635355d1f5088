// The part of @nestjs/core the round-8 cases use (declarations only, written for the corpus).
declare module '@nestjs/core' {
  export const REQUEST: unique symbol;
}
