// Reduced from api/src/misc/utils/settings.ts:31-52.
import { memoize } from 'keyproof';

import mongo from './mongo';

// only use publicationSite, not db as cache key (memoizee `length: 2`: the db handle the
// caller still passed is gone from the signature, the module handle is used instead)
export const memoizedGetPublicationSiteSettings = memoize(async function getPublicationSiteSettings(
  publicationSiteUrl: string,
  publicationSiteQuery: string | false | undefined
) {
  const elemMatch = publicationSiteQuery
    ? { type: publicationSiteQuery.split(':')[0], id: publicationSiteQuery.split(':')[1] }
    : { $or: [{ url: publicationSiteUrl }, { draftUrl: publicationSiteUrl }] };
  return mongo.settings.findOne({ publicationSites: { $elemMatch: elemMatch } }, {
    projection: {
      type: 1,
      id: 1,
      department: 1,
      name: 1,
      publicationSites: { $elemMatch: elemMatch }
    }
  });
}, { ttl: '1m' });
