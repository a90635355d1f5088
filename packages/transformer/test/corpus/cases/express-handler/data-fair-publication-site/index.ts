// origin: data-fair/data-fair@cda36f405613372066bfbefb63311755f6ebd628 api/src/misc/utils/settings.ts:31-52 (publication-site settings memoised per site URL and publicationSites query; the calling middleware is api/src/app.js:105-134)
// category: express-handler
// decorators: tc39
// expect: clean
// proof: api/src/misc/utils/settings.ts:51 `length: 2 // only use publicationSite, not db as cache key`
//
// The memoised lookup reads its two arguments and the process-wide Mongo handle (a service);
// the middleware derives both arguments from the request before calling it. The third
// argument the JS middleware still passes (`mongo.db`) is dropped from the TS call: the
// function only declares two parameters, which is what memoizee's `length: 2` keyed on.
// Reduction: public base URL / websocket bookkeeping and the debug logging are left out.
import type { NextFunction, Request, Response } from 'express';

import { memoizedGetPublicationSiteSettings } from './settings';

const config = { publicUrl: 'http://localhost:5600/data-fair' } as const;

const reqHost = (req: Request) => req.get('host') ?? '';
const reqIsInternal = (req: Request) => req.get('x-forwarded-host') === undefined && reqHost(req) === 'localhost:5600';
const reqSiteUrl = (req: Request) => `${req.get('x-forwarded-proto') ?? 'http'}://${req.get('x-forwarded-host') ?? reqHost(req)}`;

interface ReqPublicationSite {
  owner: { type: string; id: string; department?: string; name?: string };
  type: string;
  id: string;
  url: string;
}

const setReqPublicationSite = (req: Request, publicationSite: ReqPublicationSite) => {
  (req as Request & { publicationSite?: ReqPublicationSite }).publicationSite = publicationSite;
};
const setReqMainPublicationSite = (req: Request, publicationSite: ReqPublicationSite) => {
  (req as Request & { mainPublicationSite?: ReqPublicationSite }).mainPublicationSite = publicationSite;
};

const parsedPublicUrl = new URL(config.publicUrl);

export const publicationSiteMiddleware = async (req: Request, res: Response, next: NextFunction) => {
  const mainDomain = reqIsInternal(req) || reqHost(req) === parsedPublicUrl.host;

  const siteUrl = mainDomain ? parsedPublicUrl.origin : reqSiteUrl(req);
  const settings = await memoizedGetPublicationSiteSettings(siteUrl, mainDomain && req.query.publicationSites);
  if (!settings && !mainDomain) {
    res.status(404).send('publication site unknown');
    return;
  }
  if (settings) {
    const publicationSite = {
      owner: { type: settings.type, id: settings.id, department: settings.department, name: settings.name },
      ...settings.publicationSites[0]
    };
    if (mainDomain) {
      if (publicationSite.url === siteUrl) {
        setReqMainPublicationSite(req, publicationSite);
      }
      if (req.query.publicationSites === publicationSite.type + ':' + publicationSite.id) {
        setReqPublicationSite(req, publicationSite);
      }
    } else {
      setReqPublicationSite(req, publicationSite);
    }
  }
  next();
};
