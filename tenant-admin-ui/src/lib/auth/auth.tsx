import type { User, UserManager } from 'oidc-client-ts';
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { configureApiClient } from '@/lib/api-client';
import { sessionFromAccessToken, type Session } from './session';
import { signIn } from './user-manager';

interface AuthContextValue {
  session: Session;
  /** True once the platform refused the token and renewing it failed: sign in again. */
  expired: boolean;
  signOut(): Promise<void>;
  signInAgain(): Promise<void>;
}

const AuthContext = createContext<AuthContextValue | null>(null);

export function AuthProvider({
  manager,
  initialUser,
  children,
}: {
  manager: UserManager;
  initialUser: User;
  children: ReactNode;
}) {
  const [user, setUser] = useState<User>(initialUser);
  const [expired, setExpired] = useState(false);

  useEffect(() => {
    const loaded = (next: User) => {
      setUser(next);
      setExpired(false);
    };
    const failed = () => setExpired(true);
    manager.events.addUserLoaded(loaded);
    manager.events.addSilentRenewError(failed);
    manager.events.addAccessTokenExpired(failed);
    return () => {
      manager.events.removeUserLoaded(loaded);
      manager.events.removeSilentRenewError(failed);
      manager.events.removeAccessTokenExpired(failed);
    };
  }, [manager]);

  // Set up before the first child renders: children's effects (and so their first API calls) run
  // before this component's own effects would.
  useState(() => {
    let renewing: Promise<unknown> | null = null;
    configureApiClient({
      accessToken: async () => {
        const current = await manager.getUser();
        if (current && !current.expired) return current.access_token;
        // Expired while the tab slept: one renewal for all calls waiting on it.
        renewing ??= manager.signinSilent().finally(() => (renewing = null));
        try {
          await renewing;
        } catch {
          setExpired(true);
          return null;
        }
        return (await manager.getUser())?.access_token ?? null;
      },
      onUnauthorized: () => setExpired(true),
    });
    return null;
  });

  const value = useMemo<AuthContextValue>(
    () => ({
      session: sessionFromAccessToken(user.access_token),
      expired,
      signOut: () => manager.signoutRedirect({ id_token_hint: user.id_token }),
      signInAgain: () => signIn(manager),
    }),
    [manager, user, expired],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthContextValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth outside AuthProvider');
  return value;
}

/** For tests and for components that only need who is signed in. */
export function useSession(): Session {
  return useAuth().session;
}

export { AuthContext };
