// The part of the vendor SDKs the cases use (declarations only, written for the corpus):
// openai, @anthropic-ai/sdk, stripe, @octokit/rest.
declare module 'openai' {
  export interface ChatMessage { role: 'system' | 'user' | 'assistant'; content: string }
  export interface ChatCompletion { id: string; model: string; choices: { index: number; message: ChatMessage; finish_reason: string }[]; usage?: { prompt_tokens: number; completion_tokens: number } }
  export interface ChatCompletionCreateParams { model: string; messages: ChatMessage[]; temperature?: number; max_tokens?: number; user?: string; response_format?: { type: 'text' | 'json_object' } }
  export interface Embedding { embedding: number[]; index: number }
  /** Like the SDK's Core.APIClient: the generic request methods every resource calls. */
  export class APIClient {
    get<T>(path: string, options?: { query?: Record<string, unknown> }): Promise<T>;
    post<T>(path: string, options?: { body?: unknown }): Promise<T>;
    request<T>(options: { method: string; path: string; body?: unknown }): Promise<T>;
  }
  export default class OpenAI extends APIClient {
    constructor(options?: { apiKey?: string; baseURL?: string; organization?: string });
    chat: { completions: { create(body: ChatCompletionCreateParams): Promise<ChatCompletion> } };
    embeddings: { create(body: { model: string; input: string | string[] }): Promise<{ data: Embedding[] }> };
    images: { generate(body: { model?: string; prompt: string; size?: string; n?: number }): Promise<{ data: { b64_json?: string; url?: string }[] }> };
  }
}
declare module '@anthropic-ai/sdk' {
  export interface TextBlock { type: 'text'; text: string }
  export interface Message { id: string; content: TextBlock[]; model: string; stop_reason: string | null }
  export interface MessageParam { role: 'user' | 'assistant'; content: string }
  export class APIClient {
    get<T>(path: string, options?: { query?: Record<string, unknown> }): Promise<T>;
    post<T>(path: string, options?: { body?: unknown }): Promise<T>;
  }
  export default class Anthropic extends APIClient {
    constructor(options?: { apiKey?: string });
    messages: { create(body: { model: string; max_tokens: number; system?: string; messages: MessageParam[]; temperature?: number; metadata?: { user_id?: string } }): Promise<Message> };
  }
}
declare module 'stripe' {
  namespace Stripe {
    interface Price { id: string; unit_amount: number | null; currency: string; lookup_key: string | null; product: string; recurring: { interval: 'month' | 'year' } | null }
    interface Product { id: string; name: string; description: string | null; active: boolean; metadata: Record<string, string> }
    interface ApiList<T> { data: T[]; has_more: boolean }
    interface Invoice { id: string; amount_due: number; currency: string; lines: ApiList<{ amount: number; description: string | null }> }
    interface RequestOptions { idempotencyKey?: string; stripeAccount?: string }
  }
  class Stripe {
    constructor(apiKey: string, config?: { apiVersion?: string });
    on(event: 'request' | 'response', handler: (event: object) => void): void;
    off(event: 'request' | 'response', handler: (event: object) => void): void;
    once(event: 'request' | 'response', handler: (event: object) => void): void;
    prices: {
      list(params?: { product?: string; lookup_keys?: string[]; active?: boolean; limit?: number; starting_after?: string }, options?: Stripe.RequestOptions): Promise<Stripe.ApiList<Stripe.Price>>;
      retrieve(id: string, options?: Stripe.RequestOptions): Promise<Stripe.Price>;
    };
    products: {
      retrieve(id: string, options?: Stripe.RequestOptions): Promise<Stripe.Product>;
      list(params?: { active?: boolean; limit?: number }, options?: Stripe.RequestOptions): Promise<Stripe.ApiList<Stripe.Product>>;
    };
    invoices: {
      retrieveUpcoming(params: { customer: string; subscription?: string }, options?: Stripe.RequestOptions): Promise<Stripe.Invoice>;
    };
  }
  export default Stripe;
}
declare module '@octokit/rest' {
  export interface RepoSummary { id: number; name: string; full_name: string; private: boolean; archived: boolean; fork: boolean; default_branch: string; pushed_at: string | null }
  export interface PullSummary { number: number; title: string; state: 'open' | 'closed'; user: { login: string } | null; updated_at: string; merged_at: string | null }
  export interface WorkflowRun { id: number; name: string | null; status: string | null; conclusion: string | null; head_sha: string; created_at: string; run_attempt?: number }
  export class Octokit {
    constructor(options?: { auth?: string; baseUrl?: string; userAgent?: string });
    paginate<T>(route: (params: never) => Promise<{ data: T[] }>, params: Record<string, unknown>): Promise<T[]>;
    rest: {
      repos: {
        listForOrg(params: { org: string; type?: string; per_page?: number; page?: number }): Promise<{ data: RepoSummary[] }>;
        getContent(params: { owner: string; repo: string; path: string; ref?: string }): Promise<{ data: { content?: string; sha: string } }>;
      };
      pulls: { list(params: { owner: string; repo: string; state?: 'open' | 'closed' | 'all'; per_page?: number; page?: number; sort?: string }): Promise<{ data: PullSummary[] }> };
      actions: { listWorkflowRunsForRepo(params: { owner: string; repo: string; branch?: string; created?: string; per_page?: number; page?: number }): Promise<{ data: { total_count: number; workflow_runs: WorkflowRun[] } }> };
    };
  }
}
