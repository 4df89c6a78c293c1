import type { User, UserManager } from 'oidc-client-ts';
import { describe, expect, it, vi } from 'vitest';
import { restoreUser, returnToOf } from './user-manager';

function user(fields: Partial<User>): User {
  return { expired: false, access_token: 'a', refresh_token: 'r', ...fields } as User;
}

function manager(stored: User | null, renewed: () => Promise<User>) {
  return {
    getUser: vi.fn(async () => stored),
    signinSilent: vi.fn(renewed),
    removeUser: vi.fn(async () => undefined),
  };
}

describe('restoreUser', () => {
  it('keeps a stored session whose access token is still valid', async () => {
    const m = manager(user({}), async () => user({}));

    expect(await restoreUser(m as unknown as UserManager)).toMatchObject({ access_token: 'a' });
    expect(m.signinSilent).not.toHaveBeenCalled();
  });

  it('renews an expired access token with the refresh token', async () => {
    const m = manager(user({ expired: true }), async () => user({ access_token: 'fresh' }));

    expect(await restoreUser(m as unknown as UserManager)).toMatchObject({ access_token: 'fresh' });
  });

  it('forgets a session Keycloak no longer renews, so the reader signs in again', async () => {
    const m = manager(user({ expired: true }), async () => {
      throw new Error('invalid_grant');
    });

    expect(await restoreUser(m as unknown as UserManager)).toBeNull();
    expect(m.removeUser).toHaveBeenCalled();
  });
});

describe('returnToOf', () => {
  it('returns to the page the reader was on, but only within the app', () => {
    expect(returnToOf(user({ state: { returnTo: '/admin/o/rosenheim/settings' } }))).toBe(
      '/admin/o/rosenheim/settings',
    );
    expect(returnToOf(user({ state: { returnTo: 'https://evil.example/' } }))).toBe('/admin/');
    expect(returnToOf(user({ state: undefined }))).toBe('/admin/');
  });
});
