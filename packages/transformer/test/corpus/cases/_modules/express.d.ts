// The part of Express's API the cases use (declarations only, written for the corpus).
declare module 'express' {
  export interface IncomingHeaders { [name: string]: string | string[] | undefined; 'x-request-id'?: string; 'accept-language'?: string; authorization?: string }
  export interface Request<P = Record<string, string>, B = unknown, Q = Record<string, string | undefined>> {
    id?: string;
    headers: IncomingHeaders;
    params: P;
    query: Q;
    body: B;
    ip?: string;
    path: string;
    header(name: string): string | undefined;
    get(name: string): string | undefined;
  }
  export interface Response {
    status(code: number): Response;
    json(body: unknown): Response;
    send(body?: unknown): Response;
    set(field: string, value: string): Response;
    locals: Record<string, unknown>;
  }
  export type NextFunction = (err?: unknown) => void;
  export type RequestHandler = (req: Request, res: Response, next: NextFunction) => void | Promise<void>;
  export interface Router {
    get(path: string, ...handlers: ((req: any, res: Response, next: NextFunction) => unknown)[]): Router;
    post(path: string, ...handlers: ((req: any, res: Response, next: NextFunction) => unknown)[]): Router;
  }
  export function Router(): Router;
}
