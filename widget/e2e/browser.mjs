// Shared set-up of the end-to-end tests: Debian's Chromium driven by playwright-core, against a
// platform that is already running (infra/test.sh starts it; LOTSE_E2E_BASE_URL says where).
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

export const BASE_URL = (process.env.LOTSE_E2E_BASE_URL ?? 'http://localhost:8080').replace(/\/+$/, '');
export const CHROMIUM = process.env.LOTSE_E2E_CHROMIUM ?? '/usr/bin/chromium';
export const SCREENSHOTS = new URL('../test-results/', import.meta.url).pathname;

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

/** A fresh browser context (own sessionStorage) with German as the reader's language. */
export async function newPage(
  browser,
  { locale = 'de-DE', width = 1280, height = 800, reducedMotion = 'reduce' } = {},
) {
  const context = await browser.newContext({ locale, viewport: { width, height }, reducedMotion });
  const page = await context.newPage();
  page.pageErrors = [];
  page.on('pageerror', (error) => page.pageErrors.push(error));
  return page;
}

/** Closes the page's context; fails if a script error happened on the page meanwhile. */
export async function finish(page) {
  const errors = page.pageErrors.map((e) => e.message);
  await page.context().close();
  if (errors.length) throw new Error(`script errors on the page: ${errors.join('; ')}`);
}

/** The widget's elements are in an open shadow root; Playwright's CSS locators pierce it. */
export function widget(page) {
  return {
    launcher: page.locator('lotse-chat .launcher'),
    panel: page.locator('lotse-chat .panel'),
    input: page.locator('lotse-chat textarea#lotse-input'),
    send: page.locator('lotse-chat button.send'),
    botMessages: page.locator('lotse-chat .log .msg.bot'),
    userMessages: page.locator('lotse-chat .log .msg.user'),
    lastBot: page.locator('lotse-chat .log .msg.bot').last(),
    typing: page.locator('lotse-chat .typing'),
  };
}

/** Opens the demo office page and waits until the widget has its launcher. */
export async function openDemo(page, slug = 'rosenheim') {
  await page.goto(`${BASE_URL}/demo/${slug}`);
  await widget(page).launcher.waitFor({ state: 'visible' });
}

/** Asks a question through the widget and waits for the bot's reply to it. */
export async function ask(page, question) {
  const w = widget(page);
  const before = await w.botMessages.count();
  await w.input.fill(question);
  await w.input.press('Enter');
  await w.botMessages.nth(before).waitFor({ state: 'visible' });
  return w.botMessages.nth(before);
}

/** Runs axe-core on the page (it reaches into open shadow roots) and returns the violations. */
export async function axeViolations(page) {
  // Evaluated through the DevTools protocol: the page's CSP (rightly) forbids injected inline scripts.
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

export async function screenshot(page, name) {
  await page.screenshot({ path: `${SCREENSHOTS}${name}.png` });
}
