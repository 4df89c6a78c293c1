// Sign-in with the realm's public client: authorization code with PKCE (oidc-client-ts sends the
// S256 challenge), tokens kept in this tab's sessionStorage, renewed with the refresh token before
// they expire.
import { UserManager, WebStorageStateStore, type User } from 'oidc-client-ts';
import { BASE_PATH, type RuntimeConfig } from '@/config/runtime-config';

export const CALLBACK_PATH = `${BASE_PATH}/auth/callback`;
export const SIGNED_OUT_PATH = `${BASE_PATH}/signed-out`;

export function createUserManager(config: RuntimeConfig): UserManager {
  const origin = window.location.origin;
  return new UserManager({
    authority: config.authority,
    client_id: config.clientId,
    redirect_uri: origin + CALLBACK_PATH,
    post_logout_redirect_uri: origin + SIGNED_OUT_PATH,
    response_type: 'code',
    scope: 'openid profile email',
    automaticSilentRenew: true,
    monitorSession: false,
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
  });
}

/** Where to go after signing in: kept in the sign-in request's state. */
interface SignInState {
  returnTo?: string;
}

export function returnToOf(user: User): string {
  const state = (user.state ?? {}) as SignInState;
  // Only our own paths: the state comes back through the browser's address bar.
  return typeof state.returnTo === 'string' && state.returnTo.startsWith(`${BASE_PATH}/`)
    ? state.returnTo
    : `${BASE_PATH}/`;
}

export function signIn(manager: UserManager, returnTo = currentPath()): Promise<void> {
  return manager.signinRedirect({ state: { returnTo } satisfies SignInState });
}

export function currentPath(): string {
  const { pathname, search } = window.location;
  return pathname.startsWith(CALLBACK_PATH) || pathname.startsWith(SIGNED_OUT_PATH)
    ? `${BASE_PATH}/`
    : pathname + search;
}

/**
 * A user with a usable access token: the stored one, renewed with its refresh token if it has
 * expired; null when the caller must sign in.
 */
export async function restoreUser(manager: UserManager): Promise<User | null> {
  const stored = await manager.getUser();
  if (stored && !stored.expired) return stored;
  if (stored?.refresh_token) {
    try {
      return await manager.signinSilent();
    } catch {
      await manager.removeUser();
    }
  }
  return null;
}
