import { TOKEN_QUERY } from '../../shared/api/transport';

const STORAGE_KEY = 'land.token';

/**
 * Browser mode: the server hands the token in the page URL (`?token=…`). Read it once, keep it in sessionStorage
 * and take it out of the address bar, so it is not left in history or screenshots.
 */
export function takeAccessToken(location: Location = window.location): string | null {
  const url = new URL(location.href);
  const fromUrl = url.searchParams.get(TOKEN_QUERY);
  if (fromUrl) {
    sessionStorage.setItem(STORAGE_KEY, fromUrl);
    url.searchParams.delete(TOKEN_QUERY);
    window.history.replaceState(window.history.state, '', `${url.pathname}${url.search}${url.hash}`);
    return fromUrl;
  }
  return sessionStorage.getItem(STORAGE_KEY);
}

/** The session token already taken, for pages this one opens itself (the print route in a new tab). */
export function storedAccessToken(): string | null {
  return sessionStorage.getItem(STORAGE_KEY);
}
