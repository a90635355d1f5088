/** What the vision API says about a photo. */
export interface PhotoDescription {
  readonly caption: string;
  readonly tags: readonly string[];
  readonly priceEstimate: number;
  readonly model: string;
  readonly answeredAt: string;
}

export interface TextLabel {
  readonly label: 'complaint' | 'praise' | 'question';
  readonly confidence: number;
  readonly model: string;
  readonly answeredAt: string;
}

/** The paid API's client: every method is one billed HTTP call. */
export class VisionClient {
  constructor(private readonly baseUrl: string) {}

  async describe(image: Uint8Array, model: string): Promise<PhotoDescription> {
    return this.post<PhotoDescription>('/v1/describe', image, { 'content-type': 'application/octet-stream', 'x-model': model });
  }

  async classify(text: string, model: string): Promise<TextLabel> {
    return this.post<TextLabel>('/v1/classify', JSON.stringify({ text, model }), { 'content-type': 'application/json' });
  }

  private async post<T>(path: string, body: Uint8Array | string, headers: Record<string, string>): Promise<T> {
    const res = await fetch(`${this.baseUrl}${path}`, { method: 'POST', headers, body });
    if (!res.ok) throw new Error(`vision API ${path} answered ${res.status}: ${await res.text()}`);
    return (await res.json()) as T;
  }
}
