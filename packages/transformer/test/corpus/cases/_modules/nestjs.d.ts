// The part of NestJS's API the cases use (declarations only, written for the corpus).
declare module '@nestjs/common' {
  export enum Scope { DEFAULT = 0, TRANSIENT = 1, REQUEST = 2 }
  export function Injectable(options?: { scope?: Scope }): ClassDecorator;
  export function Inject(token?: string | symbol | Function): PropertyDecorator & ParameterDecorator;
  export function Controller(prefix?: string): ClassDecorator;
  export function Get(path?: string): MethodDecorator;
  export function Post(path?: string): MethodDecorator;
  export function Put(path?: string): MethodDecorator;
  export function Body(property?: string): ParameterDecorator;
  export function Query(property?: string): ParameterDecorator;
  export function Param(property?: string): ParameterDecorator;
  export function Req(): ParameterDecorator;
  export class Logger {
    constructor(context?: string);
    log(message: string, ...optional: unknown[]): void;
    warn(message: string, ...optional: unknown[]): void;
    error(message: string, ...optional: unknown[]): void;
    debug(message: string, ...optional: unknown[]): void;
  }
  export class NotFoundException extends Error { constructor(message?: string) }
}
declare module '@nestjs/config' {
  export class ConfigService<K = Record<string, unknown>> {
    get<T = string>(propertyPath: string): T | undefined;
    getOrThrow<T = string>(propertyPath: string): T;
  }
}
declare module '@nestjs/axios' {
  import type { Observable } from 'rxjs';
  export interface AxiosResponse<T> { data: T; status: number; headers: Record<string, string> }
  export interface AxiosRequestConfig { params?: Record<string, string | number | boolean | undefined>; headers?: Record<string, string>; timeout?: number }
  export class HttpService {
    get<T = unknown>(url: string, config?: AxiosRequestConfig): Observable<AxiosResponse<T>>;
    post<T = unknown>(url: string, body?: unknown, config?: AxiosRequestConfig): Observable<AxiosResponse<T>>;
  }
}
declare module 'rxjs' {
  export interface Observable<T> { subscribe(next: (value: T) => void): { unsubscribe(): void } }
  export function firstValueFrom<T>(source: Observable<T>): Promise<T>;
}
