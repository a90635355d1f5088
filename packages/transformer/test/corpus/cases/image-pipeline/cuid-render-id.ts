// origin: shape of an OG-image service (satori/resvg style) that gives each render a cuid2 id and passes it as the cache-busting "version" of the card
// category: image-pipeline
// decorators: tc39
// expect: KP91020 version
import { createId } from '@paralleldrive/cuid2';
import { memoize } from 'keyproof';

interface Satori { svg(tree: object, opts: { width: number; height: number }): Promise<string> }
interface Resvg { png(svg: string): Promise<Uint8Array> }

export class OgImages {
  constructor(private readonly satori: Satori, private readonly resvg: Resvg) {}

  @memoize({ ttl: '30d' })
  async card(title: string, author: string, version: string): Promise<Uint8Array> {
    const svg = await this.satori.svg({ type: 'div', props: { title, author, 'data-v': version } }, { width: 1200, height: 630 });
    return this.resvg.png(svg);
  }
}

export async function ogForPost(images: OgImages, post: { title: string; author: { name: string } }): Promise<Uint8Array> {
  const renderId = createId();
  return images.card(post.title, post.author.name, renderId);
}
