// Who is signed in, read from the access token the platform checks. The UI uses it only to show
// what the caller may use; the platform decides again on every request.
export const ROLES = ['platform-admin', 'ministry-analyst', 'tenant-admin', 'tenant-editor'] as const;
export type Role = (typeof ROLES)[number];

export interface Session {
  username: string;
  /** First and last name when the realm has them, else the username. */
  displayName: string;
  roles: Role[];
  /** The offices (slugs) the caller belongs to: the token's organization claim. */
  offices: string[];
}

function decodePayload(token: string): Record<string, unknown> {
  const part = token.split('.')[1];
  if (!part) throw new Error('not a JWT');
  const base64 = part
    .replace(/-/g, '+')
    .replace(/_/g, '/')
    .padEnd(Math.ceil(part.length / 4) * 4, '=');
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  return JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown>;
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** Keycloak's organization claim is a list of aliases, or (with attributes) an object keyed by alias. */
function organizations(claim: unknown): string[] {
  if (Array.isArray(claim)) return strings(claim);
  if (claim && typeof claim === 'object') return Object.keys(claim);
  return [];
}

export function sessionFromAccessToken(token: string): Session {
  const claims = decodePayload(token);
  const realmAccess = (claims.realm_access ?? {}) as { roles?: unknown };
  const roles = strings(realmAccess.roles).filter((r): r is Role => (ROLES as readonly string[]).includes(r));
  const username = typeof claims.preferred_username === 'string' ? claims.preferred_username : '';
  const name = typeof claims.name === 'string' && claims.name.trim() ? claims.name : username;
  return { username, displayName: name, roles, offices: organizations(claims.organization) };
}
