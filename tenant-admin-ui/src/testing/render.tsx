// Renders a component as the app would: German texts, a signed-in session, a fresh query cache
// and a data router (the unsaved-changes guard needs one).
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { AuthContext } from '@/lib/auth/auth';
import type { Session } from '@/lib/auth/session';
import { I18nProvider } from '@/lib/i18n/i18n';
import type { Office } from '@/features/offices/api/get-offices';

export const ROSENHEIM: Office = {
  slug: 'rosenheim',
  displayName: 'Landratsamt Rosenheim',
  botName: 'Mila',
  status: 'active',
  defaultLanguage: 'de',
  enabledLanguages: ['de', 'en', 'ar'],
};

export function session(overrides: Partial<Session> = {}): Session {
  return {
    username: 'rosenheim-admin',
    displayName: 'Rosa Admin',
    roles: ['tenant-admin'],
    offices: ['rosenheim'],
    ...overrides,
  };
}

export function renderWithApp(ui: ReactNode, { as = session(), path = '/' }: { as?: Session; path?: string } = {}) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const router = createMemoryRouter([{ path: '*', element: ui }], { initialEntries: [path] });
  const auth = { session: as, expired: false, signOut: async () => undefined, signInAgain: async () => undefined };
  return {
    client,
    router,
    ...render(
      <I18nProvider locale="de">
        <AuthContext.Provider value={auth}>
          <QueryClientProvider client={client}>
            <RouterProvider router={router} />
          </QueryClientProvider>
        </AuthContext.Provider>
      </I18nProvider>,
    ),
  };
}

/** An unsigned JWT with the given claims (the app only reads a token's payload). */
export function fakeToken(claims: Record<string, unknown>): string {
  const encode = (value: object) =>
    btoa(String.fromCharCode(...new TextEncoder().encode(JSON.stringify(value))))
      .replace(/\+/g, '-')
      .replace(/\//g, '_')
      .replace(/=+$/, '');
  return `${encode({ alg: 'none' })}.${encode(claims)}.`;
}
