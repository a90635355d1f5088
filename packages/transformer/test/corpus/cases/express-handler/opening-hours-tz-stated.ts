// origin: shape of an Express store-locator that renders opening hours in the server's zone (never a verbatim copy)
// category: express-handler
// decorators: tc39
// expect: clean
// why: the result depends on the machine's default time zone, but the method's doc comment states it with @cacheKey SERVER_TZ, so stores in different zones never share entries (principles 3 and 4).
import { Router, type Request, type Response } from 'express';
import { memoize } from 'keyproof';

// Each region runs its own replica with TZ set to the region's zone.
const SERVER_TZ = Intl.DateTimeFormat().resolvedOptions().timeZone;

interface PlacesClient {
  openingPeriods(placeId: string): Promise<{ opensAt: string; closesAt: string }[]>;
}

export interface OpeningHours {
  placeId: string;
  lines: string[];
}

export class StoreLocator {
  constructor(private readonly places: PlacesClient) {}

  /**
   * Opening hours as display lines, in the server's local time.
   * The lines are rendered in the server's zone.
   * @cacheKey SERVER_TZ
   */
  @memoize({ version: 'hours-v2', ttl: '1d', cost: 0.017 })
  async openingHours(placeId: string): Promise<OpeningHours> {
    const periods = await this.places.openingPeriods(placeId);
    const fmt = new Intl.DateTimeFormat('en-US', { weekday: 'short', hour: 'numeric', minute: '2-digit', timeZone: SERVER_TZ });
    return {
      placeId,
      lines: periods.map((p) => `${fmt.format(new Date(p.opensAt))} – ${fmt.format(new Date(p.closesAt))}`),
    };
  }
}

export function locatorRouter(locator: StoreLocator) {
  return Router().get('/stores/:placeId/hours', async (req: Request<{ placeId: string }>, res: Response) => {
    res.json(await locator.openingHours(req.params.placeId));
  });
}
