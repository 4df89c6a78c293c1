import { describe, expect, it } from 'vitest';
import { fakeToken } from '@/testing/render';
import { sessionFromAccessToken } from './session';

describe('sessionFromAccessToken', () => {
  it('reads username, name, our realm roles and the offices from a Keycloak access token', () => {
    const token = fakeToken({
      preferred_username: 'rosenheim-editor',
      name: 'Erik Editor',
      realm_access: { roles: ['default-roles-lotse', 'tenant-editor', 'offline_access'] },
      organization: ['rosenheim'],
    });

    expect(sessionFromAccessToken(token)).toEqual({
      username: 'rosenheim-editor',
      displayName: 'Erik Editor',
      roles: ['tenant-editor'],
      offices: ['rosenheim'],
    });
  });

  it('has no offices for a ministry analyst, whose token carries no organization claim', () => {
    const token = fakeToken({ preferred_username: 'ministry-analyst', realm_access: { roles: ['ministry-analyst'] } });

    const session = sessionFromAccessToken(token);

    expect(session.offices).toEqual([]);
    expect(session.displayName).toBe('ministry-analyst');
  });

  it('reads the organization claim also in its object form (aliases as keys)', () => {
    const token = fakeToken({ preferred_username: 'x', organization: { rosenheim: {}, musterstadt: {} } });

    expect(sessionFromAccessToken(token).offices).toEqual(['rosenheim', 'musterstadt']);
  });

  it('decodes names with umlauts (base64url of UTF-8)', () => {
    const token = fakeToken({ preferred_username: 'jörg', name: 'Jörg Müller-Lüdenscheidt' });

    expect(sessionFromAccessToken(token).displayName).toBe('Jörg Müller-Lüdenscheidt');
  });
});
