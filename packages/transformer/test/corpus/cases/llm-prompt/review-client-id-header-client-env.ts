// origin: review probe: a module client built with an `x-client-id` header from process.env that the gateway uses to route to the tenant's model deployment (travelsOnly via TRAVEL_HEADER)
// category: llm-prompt
// decorators: tc39
// expect: KP91044|KP91046 GATEWAY_CLIENT_ID
// why: the gateway picks the model deployment by client id, so configuration shapes the completion though it is spelled as a travel header (principle 2).
import { memoize } from 'keyproof';

class GatewayClient {
  constructor(private readonly options: { baseUrl: string; headers: Record<string, string> }) {}
  async complete(prompt: string): Promise<string> {
    const res = await fetch(`${this.options.baseUrl}/complete`, {
      method: 'POST',
      headers: this.options.headers,
      body: JSON.stringify({ prompt }),
    });
    return ((await res.json()) as { text: string }).text;
  }
}

const gateway = new GatewayClient({
  baseUrl: 'https://llm-gateway.internal',
  headers: { 'x-client-id': process.env.GATEWAY_CLIENT_ID ?? 'web' },
});

export const rewrite = memoize(
  async function rewrite(text: string): Promise<string> {
    return gateway.complete(`Rewrite plainly:\n${text}`);
  },
  { version: 'rewrite-v1', ttl: '7d', cost: 0.003 },
);
