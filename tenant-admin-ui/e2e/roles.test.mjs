// What each role sees: the ministry's analyst no office content, an editor no settings or audit
// log, the platform's operator every office.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ADMIN_URL, finish, launch, newPage, open, screenshot, signIn } from './browser.mjs';

let browser;

before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

describe('roles', () => {
  it('shows the ministry analyst the offices side by side and no office content', async () => {
    const page = await newPage(browser);
    await signIn(page, 'ministry-analyst');
    assert.equal(page.url(), `${ADMIN_URL}offices`);
    const table = page.getByRole('table');
    await table.waitFor();
    const rows = await table.locator('tbody tr').allTextContents();
    assert.ok(
      rows.some((r) => r.includes('rosenheim')) && rows.some((r) => r.includes('musterstadt')),
      rows.join('\n'),
    );
    assert.equal(await table.getByRole('link').count(), 0, 'no way into an office');
    assert.equal(await page.getByRole('button', { name: /Sperren/ }).count(), 0, 'no status changes');
    const nav = page.getByRole('navigation', { name: 'Hauptnavigation' });
    assert.equal(await nav.getByRole('link', { name: 'Wissensdatenbank' }).count(), 0);
    assert.equal(await nav.getByRole('link', { name: 'Anmeldungen' }).count(), 0);
    await screenshot(page, 'analyst-offices');

    // Typing an office's address leads nowhere either; no office request is even made.
    const officeCalls = [];
    page.on('request', (r) => r.url().includes('/api/v1/admin/tenants/rosenheim') && officeCalls.push(r.url()));
    await open(page, 'o/rosenheim/knowledge');
    assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Kein Zugriff');
    await open(page, 'o/rosenheim/settings');
    assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Kein Zugriff');
    assert.deepEqual(officeCalls, []);
    await finish(page);
  });

  it('gives an editor the knowledge base but no settings, users or audit log', async () => {
    const page = await newPage(browser);
    await signIn(page, 'rosenheim-editor');
    assert.match(page.url(), /\/o\/rosenheim\/statistics$/);
    const nav = page.getByRole('navigation', { name: 'Hauptnavigation' });
    assert.ok(await nav.getByRole('link', { name: 'Wissensdatenbank' }).isVisible());
    assert.ok(await nav.getByRole('link', { name: 'Antwort testen' }).isVisible());
    assert.equal(await nav.getByRole('link', { name: 'Einstellungen' }).count(), 0);
    assert.equal(await nav.getByRole('link', { name: 'Änderungsprotokoll' }).count(), 0);
    assert.equal(await nav.getByRole('link', { name: 'Benutzer' }).count(), 0);
    for (const path of ['o/rosenheim/settings', 'o/rosenheim/users', 'o/rosenheim/audit']) {
      await open(page, path);
      assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Kein Zugriff', path);
    }
    await finish(page);
  });

  it('lets the platform operator open any office and suspend or activate it', async () => {
    const page = await newPage(browser);
    await signIn(page, 'platform-admin');
    assert.equal(page.url(), `${ADMIN_URL}offices`);
    await page.getByRole('table').waitFor();
    const row = page.getByRole('row', { name: /musterstadt/ });
    await row.getByRole('button', { name: /^Sperren/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Sperren' });
    await dialog.getByRole('button', { name: 'Sperren' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /ist jetzt: Gesperrt/ })
      .waitFor();
    await row.getByRole('button', { name: /^Aktivieren/ }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /ist jetzt: Aktiv/ })
      .waitFor();
    assert.match(await row.textContent(), /Aktiv/);
    await page
      .getByRole('table')
      .getByRole('link', { name: /Musterstadt/ })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Statistik' }).waitFor();
    assert.match(page.url(), /\/o\/musterstadt\/statistics$/);
    const nav = page.getByRole('navigation', { name: 'Hauptnavigation' });
    assert.ok(await nav.getByRole('link', { name: 'Einstellungen' }).isVisible());
    await nav.getByRole('link', { name: 'Anmeldungen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Anmeldungen von Behörden' }).waitFor();
    await finish(page);
  });
});
