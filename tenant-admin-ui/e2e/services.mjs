// What the end-to-end tests look at besides the app: the mail sink that receives the platform's
// invitations (GreenMail, started by infra/test.sh; infra/run.sh's on :8025 by default) and the
// shared Keycloak realm, where a test removes the users it created.

export const MAIL_URL = (process.env.LOTSE_E2E_MAIL_URL ?? 'http://localhost:8025').replace(/\/+$/, '');
const KEYCLOAK_URL = (process.env.LOTSE_KEYCLOAK_URL ?? 'http://localhost:8180').replace(/\/+$/, '');
const REALM = 'lotse';
// The development realm's service account (infra/keycloak/lotse-realm.json), the one the platform uses.
const SERVICE_CLIENT = 'lotse-platform';
const SERVICE_SECRET = 'lotse-platform-dev-secret';

/** An address no earlier run used, in the office's e-mail domain. */
export function uniqueAddress(prefix, domain) {
  return `${prefix}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@${domain}`;
}

/** Waits until the sink holds a mail to the address; returns GreenMail's view of them ({subject, mimeMessage, …}). */
export async function awaitMailTo(address, { timeoutMs = 20_000 } = {}) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const response = await fetch(`${MAIL_URL}/api/user/${encodeURIComponent(address)}/messages/`);
    // GreenMail refuses the question (400) until the address has received something.
    if (response.ok) {
      const messages = await response.json();
      if (messages.length) return messages;
    } else if (response.status !== 400 && response.status !== 404) {
      throw new Error(`mail sink ${MAIL_URL}: HTTP ${response.status}`);
    }
    if (Date.now() > until) throw new Error(`no mail to ${address} within ${timeoutMs} ms at ${MAIL_URL}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function adminToken() {
  const response = await fetch(`${KEYCLOAK_URL}/realms/${REALM}/protocol/openid-connect/token`, {
    method: 'POST',
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: SERVICE_CLIENT,
      client_secret: SERVICE_SECRET,
    }),
  });
  if (!response.ok) throw new Error(`Keycloak token: HTTP ${response.status}`);
  return (await response.json()).access_token;
}

/** Removes the realm's user with exactly this address, if there is one (demo users are never passed here). */
export async function deleteRealmUser(email) {
  const headers = { Authorization: `Bearer ${await adminToken()}` };
  const users = `${KEYCLOAK_URL}/admin/realms/${REALM}/users`;
  const found = await fetch(`${users}?exact=true&email=${encodeURIComponent(email)}`, { headers });
  if (!found.ok) throw new Error(`Keycloak user search: HTTP ${found.status}`);
  for (const user of await found.json()) {
    const removed = await fetch(`${users}/${user.id}`, { method: 'DELETE', headers });
    if (!removed.ok) throw new Error(`Keycloak user removal: HTTP ${removed.status}`);
  }
}
