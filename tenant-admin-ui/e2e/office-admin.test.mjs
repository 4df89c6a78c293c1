// The office administrator's day, in a real browser against the running platform and Keycloak:
// edit an answer, publish it and see the chat answer with it; a refused import with its errors;
// the unsaved-changes warning; contrast rules; the try-it panel; signing out.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { BASE_URL, askBot, finish, launch, newPage, open, rateReply, screenshot, signIn } from './browser.mjs';

const ENTRY = 'eat-lost';
const QUESTION = 'Ich habe meine Aufenthaltskarte verloren';

let browser;
let page;

/** A made-up word that no earlier run asked about (consonants only: no real word, no name). */
const randomWord = () => Array.from({ length: 6 }, () => 'bcdfghklmnprstvz'[Math.floor(Math.random() * 16)]).join('');

/**
 * Pages through the inbox (the open groups, or those of another status) until the card shows;
 * false when it is on no page. The generated history fills the inbox with bigger groups first, so
 * a new group may be on a later page.
 */
async function showInInbox(card, status = 'open') {
  for (let p = 0; p < 40; p++) {
    const query = new URLSearchParams({ ...(status !== 'open' && { status }), ...(p && { page: String(p) }) });
    await open(page, `o/rosenheim/feedback${query.size ? `?${query}` : ''}`);
    await page.locator('.count').waitFor();
    if (await card.count()) return true;
    if (!(await page.getByRole('article').count())) return false;
  }
  return false;
}

/** The conversation log is written in batches: looks until the question has arrived. */
async function awaitInInbox(card) {
  for (let i = 0; i < 30 && !(await showInInbox(card)); i++) await page.waitForTimeout(1000);
  await card.waitFor();
}

/** The error message a form control is described by, as a screen reader announces it with the control. */
const fieldError = (control) =>
  control.evaluate(
    (el) =>
      (el.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .map((id) => document.getElementById(id))
        .find((description) => description?.classList.contains('field-error'))?.textContent,
  );

/** Asks as a citizen; the question lands in the inbox (unanswered, or an answer rated unhelpful). */
async function askUnanswered(question) {
  const reply = await askBot('rosenheim', question, 'de');
  if (reply.type !== 'fallback') await rateReply('rosenheim', reply.messageId, false);
}

before(async () => {
  browser = await launch();
  page = await newPage(browser);
  await signIn(page, 'rosenheim-admin');
});
after(async () => {
  if (page) await finish(page);
  await browser?.close();
});

describe('office administrator', () => {
  it('starts on the statistics of their office and reaches every area from the navigation', async () => {
    assert.match(page.url(), /\/admin\/o\/rosenheim\/statistics$/);
    assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Statistik');
    const nav = page.getByRole('navigation', { name: 'Hauptnavigation' });
    await nav.getByRole('link', { name: 'Wissensdatenbank' }).click();
    await page.getByRole('heading', { level: 1, name: 'Wissensdatenbank' }).waitFor();
    await page.getByRole('table').waitFor();
    for (const area of [
      'Statistik',
      'Wissensdatenbank',
      'Antwort testen',
      'Rückmeldungen',
      'Import und Export',
      'Einstellungen',
      'Änderungsprotokoll',
    ]) {
      assert.ok(await nav.getByRole('link', { name: area }).isVisible(), `${area} in the navigation`);
    }
  });

  it('edits an answer, publishes it, and the chat answers with the new text only after publishing', async () => {
    const marker = `Neu seit dem Test ${Date.now()}`;
    await page.getByRole('searchbox', { name: 'Suche' }).fill('verloren');
    await page.getByRole('searchbox', { name: 'Suche' }).press('Enter');
    await page.getByRole('link', { name: 'Karte (eAT) verloren oder gestohlen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Karte (eAT) verloren oder gestohlen' }).waitFor();

    const answer = page.getByRole('textbox', { name: 'Antwort (Deutsch)' });
    await answer.fill(`${await answer.inputValue()}\n\n**${marker}**`);
    // The preview is the widget's own renderer: the Markdown is already bold there.
    await page.locator('.widget-preview .answer strong', { hasText: marker }).waitFor();
    assert.equal(await page.getByRole('button', { name: 'Veröffentlichen' }).isDisabled(), true, 'save first');

    await page.getByRole('button', { name: 'Entwurf speichern' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /Als Revision \d+ gespeichert/ })
      .waitFor();
    assert.match(await page.locator('.entry-meta').textContent(), /Entwurf \(ältere Fassung veröffentlicht\)/);
    const draftReply = await askBot('rosenheim', QUESTION, 'de');
    assert.equal(draftReply.entryKey, ENTRY);
    assert.ok(!draftReply.answer.includes(marker), 'citizens do not see the draft');

    await page.getByRole('button', { name: 'Veröffentlichen' }).click();
    await page.getByRole('status').filter({ hasText: 'Veröffentlicht. Der Bot antwortet' }).waitFor();
    await screenshot(page, 'entry-published');

    const reply = await askBot('rosenheim', QUESTION, 'de');
    assert.equal(reply.entryKey, ENTRY);
    assert.ok(reply.answer.includes(marker), 'the chat answers with the published text');

    // And in the widget itself, on the office's demo page.
    const citizen = await newPage(browser);
    await citizen.goto(`${BASE_URL}/demo/rosenheim`);
    await citizen.locator('lotse-chat .launcher').click();
    await citizen.locator('lotse-chat textarea#lotse-input').fill(QUESTION);
    await citizen.locator('lotse-chat textarea#lotse-input').press('Enter');
    await citizen.locator('lotse-chat .log .msg.bot strong', { hasText: marker }).waitFor();
    await screenshot(citizen, 'widget-new-answer', { fullPage: false });
    await finish(citizen);

    // The history shows what changed, word by word.
    await page.getByRole('link', { name: 'Verlauf' }).click();
    await page.locator('.diff ins', { hasText: marker }).waitFor();
    await screenshot(page, 'entry-history');
  });

  it('creates an entry, publishes it so the bot answers with it, and deletes it again', async () => {
    const key = `e2e-kutsche-${Date.now()}`;
    await open(page, 'o/rosenheim/knowledge');
    await page.getByRole('link', { name: 'Neuer Eintrag' }).click();
    await page.getByRole('heading', { level: 1, name: 'Neuer Eintrag' }).waitFor();
    await page.getByRole('combobox', { name: 'Kategorie' }).selectOption('service');
    await page.getByRole('textbox', { name: 'Titel (Deutsch)' }).fill('Parken mit der Pferdekutsche');
    await page.getByRole('textbox', { name: 'Beispielfrage 1 (Deutsch)' }).fill('Wo parke ich meine Pferdekutsche?');

    // First with a key and an answer the platform refuses: its problems in German at their fields.
    const keyField = page.getByRole('textbox', { name: 'Schlüssel' });
    const answerField = page.getByRole('textbox', { name: 'Antwort (Deutsch)' });
    await keyField.fill('Kutsche Parken');
    await answerField.fill('Pferdekutschen parken im <b>Innenhof</b>.');
    await page.getByRole('button', { name: 'Eintrag anlegen' }).click();
    await page.getByRole('alert').filter({ hasText: 'Die Angaben verletzen Regeln der Wissensdatenbank' }).waitFor();
    assert.equal(await keyField.getAttribute('aria-invalid'), 'true', 'the key is marked as the field in error');
    assert.equal(
      await fieldError(keyField),
      'Der Schlüssel „Kutsche Parken“ darf nur Kleinbuchstaben a–z, Ziffern und „-“ enthalten. Richtig wäre: „kutsche-parken“.',
    );
    assert.match(
      await fieldError(answerField),
      /^Enthält HTML \(„<b>“\)\. HTML ist nicht erlaubt; verwenden Sie Markdown/,
    );
    await screenshot(page, 'entry-refused');

    await keyField.fill(key);
    await answerField.fill('Pferdekutschen parken im **Innenhof** des Landratsamts.');
    await page.getByRole('button', { name: 'Eintrag anlegen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Parken mit der Pferdekutsche' }).waitFor();
    await page.getByRole('status').filter({ hasText: 'Als Revision 1 gespeichert' }).waitFor();

    await page.getByRole('button', { name: 'Veröffentlichen' }).click();
    await page.getByRole('status').filter({ hasText: 'Veröffentlicht.' }).waitFor();
    const reply = await askBot('rosenheim', 'Wo parke ich meine Pferdekutsche?', 'de');
    assert.equal(reply.entryKey, key);

    await page.getByRole('button', { name: 'Löschen' }).click();
    await page.getByRole('dialog', { name: 'Löschen' }).getByRole('button', { name: 'Löschen' }).click();
    await page.getByRole('status').filter({ hasText: 'Eintrag gelöscht.' }).waitFor();
    assert.match(page.url(), /\/o\/rosenheim\/knowledge$/);
    const after = await askBot('rosenheim', 'Wo parke ich meine Pferdekutsche?', 'de');
    assert.notEqual(after.entryKey, key, 'citizens no longer get the deleted entry');
  });

  it('renews an expired access token with the refresh token, without a new sign-in', async () => {
    await open(page, 'o/rosenheim/knowledge');
    // Make the stored token look expired, as after a long pause; the app must renew it silently.
    await page.evaluate(() => {
      const key = Object.keys(sessionStorage).find((k) => k.startsWith('oidc.user:'));
      const user = JSON.parse(sessionStorage.getItem(key));
      user.expires_at = Math.floor(Date.now() / 1000) - 60;
      sessionStorage.setItem(key, JSON.stringify(user));
    });
    const renewal = page.waitForRequest(
      (r) => r.url().endsWith('/protocol/openid-connect/token') && r.postData()?.includes('grant_type=refresh_token'),
    );
    await page.reload();
    await renewal;
    await page.getByRole('heading', { level: 1, name: 'Wissensdatenbank' }).waitFor();
    await page.locator('tbody tr').first().waitFor();
    assert.match(page.url(), /\/admin\/o\/rosenheim\/knowledge$/);
  });

  it('shows every error of a refused import file and changes nothing', async () => {
    await open(page, 'o/rosenheim/import');
    const file = {
      format: 'kb-exchange/1',
      name: 'Fehlerhaft',
      defaultLanguage: 'de',
      languages: ['de'],
      categories: [{ key: 'service', title: { de: 'Service' } }],
      entries: [
        {
          key: 'e2e-fine',
          category: 'service',
          translations: { de: { title: 'Gut', questions: ['Frage?'], answer: 'Antwort.' } },
        },
        {
          key: 'Bad Key!',
          category: 'service',
          translations: { de: { title: 'X', questions: ['Frage?'], answer: 'Y' } },
        },
        {
          key: 'e2e-no-answer',
          category: 'nope',
          translations: { de: { title: 'Ohne Antwort', questions: ['Frage?'] } },
        },
      ],
    };
    await page.getByLabel('Datei (JSON)').setInputFiles({
      name: 'fehlerhaft.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(file)),
    });
    await page.getByRole('button', { name: 'Importieren' }).click();
    await page.getByRole('alert').filter({ hasText: 'Die Datei wurde nicht importiert' }).waitFor();
    const report = page.getByRole('table', { name: /Fehler in der Datei \(3\)/ });
    await report.waitFor();
    const rows = await report.locator('tbody tr').allTextContents();
    // Each problem in German, from its code and values: not the platform's English.
    assert.ok(
      rows.some(
        (r) =>
          r.includes('entries[1].key') &&
          r.includes('Der Schlüssel „Bad Key!“ darf nur Kleinbuchstaben a–z, Ziffern und „-“ enthalten.'),
      ),
      rows.join('\n'),
    );
    assert.ok(
      rows.some(
        (r) =>
          r.includes('entries[2].category') &&
          r.includes('e2e-no-answer') &&
          r.includes('Die Kategorie „nope“ gibt es nicht. Wählen Sie eine vorhandene (etwa service)'),
      ),
      rows.join('\n'),
    );
    assert.ok(
      rows.some((r) => r.includes('entries[2].translations.de.answer') && r.includes('„answer“ fehlt.')),
      rows.join('\n'),
    );
    assert.equal(await report.locator('td[lang="en"]').count(), 0, 'no English text left in the report');
    await screenshot(page, 'import-errors');

    await open(page, 'o/rosenheim/knowledge?q=e2e-fine');
    await page.getByText('Keine Einträge gefunden.').waitFor();
  });

  it('warns before leaving an entry with unsaved changes', async () => {
    await open(page, `o/rosenheim/knowledge/${ENTRY}`);
    await page.getByRole('textbox', { name: 'Titel (Deutsch)' }).fill('Ungespeicherter Titel');
    await page.getByRole('link', { name: 'Antwort testen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ungespeicherte Änderungen' });
    await dialog.waitFor();
    await screenshot(page, 'unsaved-changes', { fullPage: false });
    await dialog.getByRole('button', { name: 'Weiter bearbeiten' }).click();
    assert.equal(await page.getByRole('textbox', { name: 'Titel (Deutsch)' }).inputValue(), 'Ungespeicherter Titel');
    await page.getByRole('link', { name: 'Antwort testen' }).click();
    await dialog.getByRole('button', { name: 'Seite verlassen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Antwort testen' }).waitFor();
  });

  it('explains in the try-it panel which entry answers a question and why', async () => {
    await open(page, 'o/rosenheim/try');
    await page.getByRole('textbox', { name: 'Frage' }).fill('Wie bekomme ich einen Termin?');
    await page.getByRole('button', { name: 'Fragen' }).click();
    const result = page.getByRole('region', { name: /Ergebnis/ });
    await result.waitFor();
    assert.match(await result.textContent(), /Termin vereinbaren/);
    assert.ok(await result.getByRole('table').isVisible(), 'the entries the engine weighed');
    await screenshot(page, 'try-it');
  });

  it('warns about a branding colour without enough contrast and names the field the platform refuses', async () => {
    await open(page, 'o/rosenheim/settings');
    const primary = page.getByRole('textbox', { name: 'Hauptfarbe', exact: true });
    const original = await primary.inputValue();
    await primary.fill('#8fb8e8');
    await page
      .getByText(/zu gering, WCAG AA verlangt mindestens 4,5:1/)
      .first()
      .waitFor();
    await page.getByRole('button', { name: 'Speichern', exact: true }).click();
    const fieldError = page.locator('.field-invalid', { has: primary }).locator('.field-error');
    await fieldError.waitFor();
    assert.match(await fieldError.textContent(), /4\.5:1/);
    assert.equal(await primary.getAttribute('aria-invalid'), 'true');
    await screenshot(page, 'settings-contrast-error');

    // A darker colour passes; then back to the office's own, so the run leaves it as it was.
    const save = page.getByRole('button', { name: 'Speichern', exact: true });
    for (const colour of ['#123f73', original]) {
      await primary.fill(colour);
      await page
        .getByText(/erfüllt WCAG AA/)
        .first()
        .waitFor();
      await save.click();
      await page.getByRole('status').filter({ hasText: 'Einstellungen gespeichert' }).waitFor();
      assert.equal(await primary.getAttribute('aria-invalid'), null);
    }
  });

  it('uploads a logo that the chat preview shows, refuses a file that is no image, and removes it', async () => {
    await open(page, 'o/rosenheim/settings');
    const upload = page.getByLabel('Logo hochladen');
    await upload.setInputFiles({
      name: 'kein-bild.png',
      mimeType: 'image/png',
      buffer: Buffer.from('<html>nope</html>'),
    });
    await page.getByRole('alert').filter({ hasText: 'Dieses Bild kann nicht als Logo verwendet werden.' }).waitFor();

    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
      'base64',
    );
    await upload.setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: png });
    await page.getByRole('status').filter({ hasText: 'Logo übernommen' }).waitFor();
    const logoField = page.getByRole('textbox', { name: 'Logo (URL)' });
    await page.waitForFunction(
      () => document.querySelector('.widget-preview')?.shadowRoot?.querySelector('.header img') !== null,
    );
    assert.match(await logoField.inputValue(), /^\/api\/v1\/public\/tenants\/rosenheim\/logo\?v=/);

    await page.getByRole('button', { name: 'Logo entfernen' }).click();
    await page.getByRole('status').filter({ hasText: 'Logo entfernt.' }).waitFor();
    await page.waitForFunction(
      () => !document.querySelector('.widget-preview')?.shadowRoot?.querySelector('.header img'),
    );
  });

  it('creates a category and keeps a synonym group after a reload', async () => {
    const key = `e2e-${Date.now()}`;
    await open(page, 'o/rosenheim/structure');
    await page.getByRole('textbox', { name: 'Schlüssel' }).fill('Kein gültiger Schlüssel');
    await page.getByRole('button', { name: 'Kategorie anlegen' }).click();
    const keyField = page.getByRole('textbox', { name: 'Schlüssel' });
    await page.locator('.field-invalid', { has: keyField }).locator('.field-error').waitFor();
    await keyField.fill(key);
    await page.getByRole('textbox', { name: 'Titel (Deutsch)' }).last().fill('Testkategorie');
    await page.getByRole('button', { name: 'Kategorie anlegen' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Kategorie „${key}“ angelegt.` })
      .waitFor();
    await page.getByRole('form', { name: `Kategorie ${key}` }).waitFor();

    const synonyms = page.getByRole('textbox', { name: 'Synonymgruppen (Deutsch)' });
    const before = await synonyms.inputValue();
    // A word on its own and a word named twice are refused, each at its line of the text.
    const lines = before.split('\n').length;
    await synonyms.fill(`${before}\n${key}-allein\n${key}-wort, ${key}-WORT, ${key}-synonym`);
    await page.getByRole('button', { name: 'Speichern', exact: true }).click();
    const refused = page.locator('.field-invalid', { has: synonyms }).locator('.field-error');
    await refused.waitFor();
    assert.match(
      await refused.textContent(),
      new RegExp(`Zeile ${lines + 1}: Eine Gruppe braucht mindestens zwei verschiedene Wörter`),
    );
    assert.match(
      await refused.textContent(),
      new RegExp(`Zeile ${lines + 2}, „${key}-WORT“: Dieses Wort steht schon in der Gruppe`),
    );
    assert.equal(await synonyms.getAttribute('aria-invalid'), 'true');
    await screenshot(page, 'synonyms-refused');
    await synonyms.fill(`${before}\n${key}-wort, ${key}-synonym`);
    await page.getByRole('button', { name: 'Speichern', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Synonyme gespeichert' }).waitFor();
    await screenshot(page, 'structure');
    await open(page, 'o/rosenheim/structure');
    assert.match(await synonyms.inputValue(), new RegExp(`${key}-wort, ${key}-synonym`));
    await synonyms.fill(before);
    await page.getByRole('button', { name: 'Speichern', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Synonyme gespeichert' }).waitFor();
  });

  it('finds an unanswered question in the feedback inbox, dismisses, reopens and adds it to an entry', async () => {
    const marker = randomWord();
    const question = `Gibt es einen Landeplatz für Zeppeline ${marker}?`;
    await askUnanswered(question);
    const card = page.getByRole('article', { name: new RegExp(marker) });
    await awaitInInbox(card);
    await screenshot(page, 'feedback');

    await card.getByRole('button', { name: 'Verwerfen' }).click();
    await page.getByRole('status').filter({ hasText: 'Verworfen.' }).waitFor();
    await card.waitFor({ state: 'detached' });
    await page.getByRole('combobox', { name: 'Status' }).selectOption('dismissed');
    await card.getByRole('button', { name: 'Wieder öffnen' }).click();
    await page.getByRole('status').filter({ hasText: 'Wieder geöffnet.' }).waitFor();

    assert.ok(await showInInbox(card), 'the reopened question is in the open inbox again');
    await card.getByRole('button', { name: 'Als Beispielfrage zu einem Eintrag' }).click();
    await card.getByRole('combobox', { name: 'Eintrag' }).selectOption('appointment');
    await card.getByRole('button', { name: 'Beispielfrage hinzufügen' }).click();
    await page.getByRole('status').filter({ hasText: 'Als Beispielfrage zu appointment hinzugefügt.' }).waitFor();

    await open(page, 'o/rosenheim/knowledge/appointment');
    // The heading shows before the entry has loaded: wait for its sample questions.
    await page.locator('.questions input[lang="de"]').first().waitFor();
    const questions = await page
      .locator('.questions input[lang="de"]')
      .evaluateAll((inputs) => inputs.map((i) => i.value));
    assert.ok(
      questions.some((q) => q.includes(marker)),
      questions.join(' | '),
    );
  });

  it('creates an entry from a group of unanswered questions, with the group’s wordings as its sample questions', async () => {
    const marker = randomWord();
    // Two wordings with the same words: one group of two questions.
    const wordings = [
      `Gibt es einen Landeplatz für Luftschiffe ${marker}?`,
      `Landeplatz für Luftschiffe ${marker}: gibt es den?`,
    ];
    for (const wording of wordings) await askUnanswered(wording);
    const card = page.getByRole('article', { name: new RegExp(marker) });
    await awaitInInbox(card);
    // The batches may have split the two: wait until the group holds both.
    for (let i = 0; i < 10 && !(await card.getByText('Alle 2 Formulierungen').count()); i++) {
      await page.waitForTimeout(1000);
      await showInInbox(card);
    }
    assert.match(await card.textContent(), /2× gefragt/);

    await card.getByRole('button', { name: 'Neuen Eintrag anlegen' }).click();
    await card.getByRole('combobox', { name: 'Kategorie' }).selectOption('service');
    await card
      .getByRole('textbox', { name: 'Antwort (Deutsch)' })
      .fill('Luftschiffe landen auf dem **Flugplatz Vogtareuth**, nicht am Landratsamt.');
    await card.getByRole('checkbox', { name: 'Den Eintrag gleich veröffentlichen' }).check();
    await screenshot(page, 'feedback-new-entry');
    await card.getByRole('button', { name: 'Eintrag anlegen', exact: true }).click();
    const created = page.getByRole('status').filter({ hasText: /^Eintrag \S+ angelegt\.$/ });
    await created.waitFor();
    const key = /^Eintrag (\S+) angelegt\.$/.exec((await created.textContent()).trim())[1];
    await card.waitFor({ state: 'detached' });

    // The entry has the group's wordings as sample questions, the editor's answer, and is live.
    await open(page, `o/rosenheim/knowledge/${key}`);
    await page.locator('.questions input[lang="de"]').first().waitFor();
    const questions = await page
      .locator('.questions input[lang="de"]')
      .evaluateAll((inputs) => inputs.map((i) => i.value));
    assert.deepEqual(questions.filter(Boolean).sort(), [...wordings].sort());
    assert.ok(wordings.includes(await page.getByRole('textbox', { name: 'Titel (Deutsch)' }).inputValue()));
    assert.match(await page.getByRole('textbox', { name: 'Antwort (Deutsch)' }).inputValue(), /Flugplatz Vogtareuth/);
    assert.match(await page.locator('.entry-meta').textContent(), /Veröffentlicht/);
    await screenshot(page, 'feedback-created-entry');
    const reply = await askBot('rosenheim', wordings[0], 'de');
    assert.equal(reply.entryKey, key, 'the bot answers the question with the new entry');

    // The group is resolved, naming the entry; then the entry goes again, so reruns start alike.
    assert.ok(await showInInbox(card, 'resolved'), 'the group is among the resolved ones');
    assert.match(await card.textContent(), new RegExp(`Eintrag ${key} angelegt von rosenheim-admin`));
    await open(page, `o/rosenheim/knowledge/${key}`);
    await page.getByRole('button', { name: 'Löschen' }).click();
    await page.getByRole('dialog', { name: 'Löschen' }).getByRole('button', { name: 'Löschen' }).click();
    await page.getByRole('status').filter({ hasText: 'Eintrag gelöscht.' }).waitFor();
  });

  it('lists the office’s users, with no controls on the own account', async () => {
    await open(page, 'o/rosenheim/users');
    const own = page.getByRole('row', { name: /rosenheim-admin/ });
    await own.waitFor();
    assert.match(await own.textContent(), /Ihr Konto/);
    assert.equal(await own.getByRole('button').count(), 0);
    const editor = page.getByRole('row', { name: /rosenheim-editor/ });
    assert.ok(await editor.getByRole('combobox', { name: /Rolle von/ }).isVisible());
    assert.ok(await editor.getByRole('button', { name: /sperren$/ }).isVisible());
    await screenshot(page, 'users');
  });

  it('lists the changes in the audit log, newest first', async () => {
    await open(page, 'o/rosenheim/audit');
    await page.locator('tbody tr').first().waitFor();
    const firstRows = await page.locator('tbody tr').allTextContents();
    assert.ok(firstRows.some((r) => r.includes('Einstellungen geändert') && r.includes('rosenheim-admin')));
    assert.ok(
      firstRows.some((r) => r.includes('Rückmeldung als Beispielfrage übernommen') && r.includes('appointment')),
    );
    assert.ok(firstRows.some((r) => r.includes('Logo hochgeladen')));
    assert.ok(firstRows.some((r) => r.includes('Eintrag veröffentlicht') && r.includes(ENTRY)));
  });

  it('signs out through Keycloak and lands on the signed-out page', async () => {
    await page.getByRole('button', { name: 'Abmelden' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sie sind abgemeldet' }).waitFor({ timeout: 30_000 });
    await page.goto(`${BASE_URL}/admin/`);
    await page.locator('#username').waitFor({ timeout: 30_000 });
  });
});
