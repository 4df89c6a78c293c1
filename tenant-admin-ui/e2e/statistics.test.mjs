// The statistics screens against the history infra/test.sh generates before the platform starts
// (generate-history: two months for rosenheim, musterstadt and augsburg).
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

/** The number a headline figure shows ("1.234" in German), as a number. */
async function headline(page, label) {
  const figure = page.locator('.figure').filter({ has: page.locator('dt', { hasText: label }) });
  const text = await figure.locator('.figure-value').first().textContent();
  return Number(
    text
      .replace(/\./g, '')
      .replace(',', '.')
      .replace(/[^\d.]/g, ''),
  );
}

describe('statistics', () => {
  it('starts the office administrator on the dashboard with the figures of the last 30 days', async () => {
    const page = await newPage(browser);
    await signIn(page, 'rosenheim-admin');
    assert.match(page.url(), /\/admin\/o\/rosenheim\/statistics$/);
    await page.getByRole('heading', { level: 1, name: 'Statistik' }).waitFor();
    await page.locator('.figure-grid').waitFor();
    assert.ok((await headline(page, 'Fragen')) > 0, 'questions');
    assert.ok((await headline(page, 'Gespräche')) > 0, 'conversations');
    assert.ok((await headline(page, 'Antwortquote')) > 0, 'answer rate');
    for (const chart of [
      'Fragen im Zeitverlauf',
      'Fragen nach Sprache',
      'Meistgenutzte Einträge',
      'Fragen nach Wochentag und Uhrzeit',
    ]) {
      const figure = page.getByRole('figure', { name: chart });
      assert.ok(await figure.getByRole('img', { name: chart }).isVisible(), chart);
    }
    // Every chart's figures are a table away.
    const languages = page.getByRole('figure', { name: 'Fragen nach Sprache' });
    await languages.getByText('Tabelle anzeigen').click();
    assert.ok(await languages.getByRole('rowheader', { name: 'Deutsch' }).isVisible());
    await languages.getByText('Tabelle anzeigen').click();
    // Entries by their title, the key beside it.
    const entries = page.getByRole('figure', { name: 'Meistgenutzte Einträge' });
    await entries.getByText('Tabelle anzeigen').click();
    const first = entries.getByRole('rowheader').first();
    const key = await first.locator('.chart-detail').textContent();
    assert.match(key, /^[a-z0-9-]+$/);
    assert.notEqual((await first.textContent()).replace(key, '').trim(), '', `a title beside ${key}`);
    await entries.getByText('Tabelle anzeigen').click();

    // By week over eight weeks of the history: the picker's choice lands in the address.
    const from = new Date(Date.now() - 56 * 86_400_000).toISOString().slice(0, 10);
    await page.getByLabel('Von').fill(from);
    await page.getByLabel('Einteilung').selectOption('week');
    await page.getByRole('button', { name: 'Anzeigen' }).click();
    await page.waitForURL(new RegExp(`from=${from}.*granularity=week`));
    await page.getByRole('heading', { level: 2, name: 'Fragen im Zeitverlauf' }).waitFor();

    assert.deepEqual(await axeViolations(page), [], 'axe-core on the dashboard');
    await screenshot(page, 'statistics-office');

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'CSV für Excel herunterladen' }).click();
    assert.match((await download).suggestedFilename(), /^lotse-rosenheim-periods-.*-excel\.csv$/);
    await finish(page);
  });

  it('shows the ministry analyst all offices side by side', async () => {
    const page = await newPage(browser);
    await signIn(page, 'ministry-analyst');
    await page
      .getByRole('navigation', { name: 'Hauptnavigation' })
      .getByRole('link', { name: 'Statistik aller Behörden' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Statistik aller Behörden' }).waitFor();
    const section = page.getByRole('region', { name: 'Behörden im Vergleich', exact: true });
    const table = section.getByRole('table');
    await table.waitFor();
    const rows = await table.locator('tbody tr').allTextContents();
    for (const office of ['Landratsamt Rosenheim', 'Stadt Musterstadt', 'Stadt Augsburg']) {
      assert.ok(
        rows.some((r) => r.includes(office)),
        `${office} in\n${rows.join('\n')}`,
      );
    }
    assert.ok((await headline(page, 'Fragen')) > 0, 'pilot questions');
    assert.ok((await headline(page, 'Behörden')) >= 3, 'offices');
    assert.ok(await page.getByRole('img', { name: 'Fragen je Behörde' }).isVisible());
    assert.ok(await page.getByRole('img', { name: 'Pilotprojekt im Zeitverlauf' }).isVisible());

    assert.deepEqual(await axeViolations(page), [], 'axe-core on the ministry view');
    await screenshot(page, 'statistics-ministry');

    // The monthly report opens in a new tab, ready to print; a download stays possible.
    const month = await page.getByLabel('Monat', { exact: true }).inputValue();
    const popup = page.context().waitForEvent('page');
    await page.getByRole('button', { name: 'Bericht zum Drucken öffnen' }).click();
    const tab = await popup;
    const refused = [];
    tab.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) refused.push(message.text());
    });
    await tab.waitForURL(/^blob:/);
    await tab.getByRole('heading', { level: 1, name: /^Lotse-Pilot: Monatsbericht / }).waitFor();
    assert.ok(await tab.getByRole('heading', { level: 2, name: 'Ämter im Vergleich' }).isVisible());
    assert.ok(await tab.getByText('Zum Drucken oder Speichern als PDF').isVisible());
    await screenshot(tab, 'statistics-report');
    await tab.emulateMedia({ media: 'print' });
    assert.equal(await tab.getByText('Zum Drucken oder Speichern als PDF').isVisible(), false);
    await screenshot(tab, 'statistics-report-print');
    assert.deepEqual(refused, [], 'the report tab breaks no Content Security Policy');
    await tab.close();

    const report = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Bericht herunterladen' }).click();
    assert.equal((await report).suggestedFilename(), `lotse-monatsbericht-${month}.html`);
    await finish(page);
  });

  it('keeps the ministry view from office staff', async () => {
    const page = await newPage(browser);
    await signIn(page, 'rosenheim-editor');
    assert.match(page.url(), /\/o\/rosenheim\/statistics$/);
    await open(page, 'statistics');
    await page.getByRole('heading', { level: 1, name: 'Kein Zugriff' }).waitFor();
    assert.equal(page.url(), `${ADMIN_URL}statistics`);
    await finish(page);
  });
});
