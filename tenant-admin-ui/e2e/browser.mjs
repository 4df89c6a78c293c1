// Shared set-up of the admin app's end-to-end tests: Debian's Chromium driven by playwright-core,
// against a platform that is already running (LOTSE_E2E_BASE_URL) and the real Keycloak realm.
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

export const BASE_URL = (process.env.LOTSE_E2E_BASE_URL ?? 'http://localhost:8080').replace(/\/+$/, '');
export const ADMIN_URL = `${BASE_URL}/admin/`;
export const CHROMIUM = process.env.LOTSE_E2E_CHROMIUM ?? '/usr/bin/chromium';
export const SCREENSHOTS = new URL('../test-results/', import.meta.url).pathname;
export const PASSWORD = 'demo';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export async function launch() {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A fresh browser context (own cookies, so its own Keycloak session) with German as the reader's language. */
export async function newPage(browser, { locale = 'de-DE', width = 1280, height = 900 } = {}) {
  const context = await browser.newContext({ locale, viewport: { width, height }, reducedMotion: 'reduce' });
  const page = await context.newPage();
  page.pageErrors = [];
  page.on('pageerror', (error) => page.pageErrors.push(error));
  // Anything the platform's Content Security Policy refuses on the app's pages is a bug.
  page.on('console', (message) => {
    if (message.location().url?.startsWith(BASE_URL) && /Content Security Policy/i.test(message.text())) {
      page.pageErrors.push(new Error(message.text()));
    }
  });
  return page;
}

/** Closes the page's context; fails if a script error or a CSP refusal happened on the page meanwhile. */
export async function finish(page) {
  const errors = page.pageErrors.map((e) => e.message);
  await page.context().close();
  if (errors.length) throw new Error(`script errors on the page: ${errors.join('; ')}`);
}

/**
 * Opens the admin app, which sends the browser to Keycloak's login form; signs in there and waits
 * until the app shows its first page (authorization code + PKCE, the real flow).
 */
export async function signIn(page, username, path = '') {
  await page.goto(ADMIN_URL + path);
  await page.locator('#username').waitFor({ timeout: 30_000 });
  await page.fill('#username', username);
  // The realm has organizations on: Keycloak asks for the username first, then the password.
  if (!(await page.locator('#password').isVisible())) await page.click('#kc-login');
  await page.locator('#password').waitFor({ timeout: 30_000 });
  await page.fill('#password', PASSWORD);
  await Promise.all([
    page.waitForURL((url) => url.href.startsWith(ADMIN_URL), { timeout: 30_000 }),
    page.click('#kc-login'),
  ]);
  await page.locator('main h1').first().waitFor({ timeout: 30_000 });
}

/** Navigates inside the app (a full load, as a bookmark would) and waits for the page's heading. */
export async function open(page, path) {
  await page.goto(ADMIN_URL + path);
  await page.locator('main h1').first().waitFor({ timeout: 30_000 });
}

/** Runs axe-core on the page (it reaches into the previews' open shadow roots) and returns the violations. */
export async function axeViolations(page) {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => JSON.stringify(n.target)).slice(0, 5),
    }));
  });
}

export async function screenshot(page, name, { fullPage = true } = {}) {
  await page.screenshot({ path: `${SCREENSHOTS}${name}.png`, fullPage });
}

/** Asks the office's bot through the public chat API, as the widget does. */
export async function askBot(slug, question, language) {
  const response = await fetch(`${BASE_URL}/api/v1/public/tenants/${slug}/messages`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ question, language }),
  });
  if (!response.ok) throw new Error(`chat API: HTTP ${response.status}`);
  return response.json();
}

/** Rates one of the bot's replies, as the widget's "helpful?" buttons do. */
export async function rateReply(slug, messageId, helpful, comment) {
  const response = await fetch(`${BASE_URL}/api/v1/public/tenants/${slug}/messages/${messageId}/feedback`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ helpful, comment }),
  });
  if (response.status !== 204) throw new Error(`feedback API: HTTP ${response.status}`);
}
