// BITV 2.0 / WCAG 2.1 AA checks of every screen in a real browser: axe-core without violations
// (the previews' shadow roots included), keyboard use, tablet width, the English interface.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ADMIN_URL, axeViolations, finish, launch, newPage, open, screenshot, signIn } from './browser.mjs';

let browser;

before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

async function assertNoViolations(page, screen) {
  assert.deepEqual(await axeViolations(page), [], `axe-core on ${screen}`);
}

/** Opens a screen, waits for what it shows when loaded, checks it and keeps a screenshot. */
async function check(page, path, ready, name) {
  await open(page, path);
  await page.locator(ready).first().waitFor();
  await assertNoViolations(page, name);
  await screenshot(page, name);
}

describe('accessibility', () => {
  it('has no axe-core violations on any screen of an office administrator', async () => {
    const page = await newPage(browser);
    await signIn(page, 'rosenheim-admin');
    await check(page, 'o/rosenheim/knowledge', 'tbody tr', 'a11y-knowledge');
    await check(page, 'o/rosenheim/knowledge?status=draft&missing=ar', '.count', 'a11y-knowledge-filtered');
    await check(page, 'o/rosenheim/knowledge/extension', '.widget-preview', 'a11y-entry');
    await check(page, 'o/rosenheim/knowledge/eat-lost/history', '.diff', 'a11y-entry-history');
    await check(page, 'o/rosenheim/knowledge/new', '.translation', 'a11y-entry-new');
    await check(page, 'o/rosenheim/import', '.import-form', 'a11y-import');
    await check(page, 'o/rosenheim/structure', '.category-row', 'a11y-structure');
    await check(page, 'o/rosenheim/settings', '.widget-preview', 'a11y-settings');
    await check(page, 'o/rosenheim/audit', 'tbody tr', 'a11y-audit');
    await check(page, 'o/rosenheim/users', 'tbody tr', 'a11y-users');
    await check(page, 'o/rosenheim/feedback', '.count', 'a11y-feedback');
    await check(page, 'o/rosenheim/try', '.try-form', 'a11y-try');

    // Screens with results and errors shown.
    await page.getByRole('textbox', { name: 'Frage' }).fill('Wie bekomme ich einen Termin?');
    await page.getByRole('button', { name: 'Fragen' }).click();
    await page.locator('.try-result').waitFor();
    await assertNoViolations(page, 'try-it with a result');
    await open(page, 'o/rosenheim/knowledge/new');
    await page.getByRole('button', { name: 'Eintrag anlegen' }).click();
    await page.locator('.field-error').first().waitFor();
    await assertNoViolations(page, 'new entry with inline errors');
    await screenshot(page, 'a11y-entry-new-errors');
    await finish(page);
  });

  it('has no axe-core violations on the operator’s offices and sign-ups', async () => {
    const page = await newPage(browser);
    await signIn(page, 'platform-admin');
    await page.getByRole('table').waitFor();
    await assertNoViolations(page, 'offices with actions');
    await check(page, 'signups?status=all', '.page-header', 'a11y-signups');
    await finish(page);
  });

  it('has no axe-core violations on the ministry analyst’s offices and the signed-out page', async () => {
    const page = await newPage(browser);
    await signIn(page, 'ministry-analyst');
    await page.getByRole('table').waitFor();
    await assertNoViolations(page, 'offices');
    await page.goto(`${ADMIN_URL}signed-out`);
    await page.getByRole('heading', { level: 1, name: 'Sie sind abgemeldet' }).waitFor();
    await assertNoViolations(page, 'signed-out page');
    await screenshot(page, 'a11y-signed-out');
    await finish(page);
  });

  it('is operable with the keyboard: skip link, navigation, search, and a visible focus', async () => {
    const page = await newPage(browser);
    await signIn(page, 'rosenheim-admin', 'o/rosenheim/knowledge');
    await page.locator('tbody tr').first().waitFor();
    await page.keyboard.press('Tab');
    const skip = await page.evaluate(() => document.activeElement?.textContent);
    assert.equal(skip, 'Zum Inhalt springen');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'main');
    const search = page.getByRole('searchbox', { name: 'Suche' });
    let reached = false;
    for (let i = 0; i < 10 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await search.evaluate((el) => el === document.activeElement);
    }
    assert.ok(reached, 'the search field is reachable with Tab');
    const outline = await search.evaluate((el) => getComputedStyle(el).outlineStyle);
    assert.notEqual(outline, 'none', 'focus is visible');
    await page.keyboard.type('Termin');
    await page.keyboard.press('Enter');
    await page.waitForURL(/q=Termin/);
    await finish(page);
  });

  it('fits a tablet (768 px) without sideways scrolling, and speaks English on request', async () => {
    const page = await newPage(browser, { width: 768, height: 1024 });
    await signIn(page, 'rosenheim-admin');
    await check(page, 'o/rosenheim/knowledge', 'tbody tr', 'tablet-knowledge');
    await check(page, 'o/rosenheim/knowledge/extension', '.widget-preview', 'tablet-entry');
    await check(page, 'o/rosenheim/settings', '.widget-preview', 'tablet-settings');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    assert.equal(overflow, 0, 'no horizontal scrolling');

    await page.getByRole('button', { name: /English/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    await assertNoViolations(page, 'settings in English');
    await screenshot(page, 'tablet-settings-en');
    await page.getByRole('button', { name: /Deutsch/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Einstellungen' }).waitFor();
    await finish(page);
  });
});
