// origin: shape of an Express order-history endpoint that pre-formats dates for the frontend (never a verbatim copy)
// category: express-handler
// decorators: tc39
// expect: KP91044|KP91046 shippedAtFormat
// why: the formatter has a locale but no timeZone, so the "shipped" strings in the cached result depend on the process's default time zone, which is not in the key (principle 4).
// widened: the writer expected KP91046; keyproof gives a value of process.env or of the machine that reaches the answer KP91044, as its README's code table says (round 10's scoring).
import { Router, type Request, type Response } from 'express';
import { memoize } from 'keyproof';

interface CarrierEvent { code: string; at: string }
interface Carrier { trackingEvents(trackingNumber: string): Promise<CarrierEvent[]> }

export interface TrackingView {
  trackingNumber: string;
  status: string;
  events: { label: string; when: string }[];
}

// Shared formatter: building one per request showed up in the profiler.
const shippedAtFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

const LABELS: Record<string, string> = {
  PU: 'Picked up',
  IT: 'In transit',
  OD: 'Out for delivery',
  DL: 'Delivered',
};

export class TrackingService {
  constructor(private readonly carrier: Carrier) {}

  /** The carrier API is metered per lookup; the shop polls the same parcels over and over. */
  @memoize({ version: 'tracking-v2', ttl: '15m', cost: 0.001 })
  async view(trackingNumber: string): Promise<TrackingView> {
    const events = await this.carrier.trackingEvents(trackingNumber);
    const last = events.at(-1);
    return {
      trackingNumber,
      status: last ? LABELS[last.code] ?? last.code : 'Unknown',
      events: events.map((e) => ({ label: LABELS[e.code] ?? e.code, when: shippedAtFormat.format(new Date(e.at)) })),
    };
  }
}

export function trackingRouter(service: TrackingService) {
  return Router().get('/tracking/:number', async (req: Request<{ number: string }>, res: Response) => {
    res.json(await service.view(req.params.number));
  });
}
