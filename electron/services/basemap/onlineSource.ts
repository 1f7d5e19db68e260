import { NO_ONLINE_BASEMAP, OnlineBasemap, tileOrigins } from '../../../shared/geo/onlineBasemap';
import { appendAudit } from '../../db/audit';
import type { Db } from '../../db/connection';
import { writeSetting } from '../../db/settings';
import { cachedStatement } from '../../db/statements';

export const ONLINE_BASEMAP_KEY = 'basemap.online';

/** The configured online basemap; a missing or no longer valid stored value means none (offline), never a guess. */
export function loadOnlineBasemap(db: Db): OnlineBasemap {
  const row = cachedStatement(db, 'SELECT value FROM settings WHERE key = ?').get(ONLINE_BASEMAP_KEY) as { value: string } | undefined;
  if (!row) return NO_ONLINE_BASEMAP;
  let stored: unknown;
  try {
    stored = JSON.parse(row.value);
  } catch {
    return NO_ONLINE_BASEMAP;
  }
  const parsed = OnlineBasemap.safeParse(stored);
  return parsed.success ? parsed.data : NO_ONLINE_BASEMAP;
}

/** Saves the source (already parsed by the API's schema, so it reads back as it is) and its audit row in one transaction. */
export function saveOnlineBasemap(db: Db, at: string, source: OnlineBasemap, author: string): OnlineBasemap {
  return db.transaction(() => {
    const before = loadOnlineBasemap(db);
    writeSetting(db, ONLINE_BASEMAP_KEY, source);
    appendAudit(db, at, { actor: author, action: 'update', table: 'settings', recordId: ONLINE_BASEMAP_KEY, oldValue: before, newValue: source });
    return source;
  })();
}

/** The tile origins the CSP's img-src pins for the current setting (none by default); fails closed (none) if the database cannot be read. */
export function onlineTileOrigins(db: Db): string[] {
  try {
    return tileOrigins(loadOnlineBasemap(db));
  } catch {
    return [];
  }
}
