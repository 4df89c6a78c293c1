// The office administrator invites a colleague: the new user is in the office's list at once, and
// the invitation e-mail (Keycloak's "set your password" link) really reaches the mail sink. The
// user is created in the shared Keycloak realm, so the test removes it again, passed or failed.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { axeViolations, finish, launch, newPage, open, screenshot, signIn } from './browser.mjs';
import { awaitMailTo, deleteRealmUser, uniqueAddress } from './services.mjs';

const address = uniqueAddress('e2e-kollegin', 'rosenheim.lotse.test');

const escaped = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

let browser;
let page;

before(async () => {
  browser = await launch();
  page = await newPage(browser);
  await signIn(page, 'rosenheim-admin');
});
after(async () => {
  try {
    await deleteRealmUser(address);
  } finally {
    if (page) await finish(page);
    await browser?.close();
  }
});

describe('invitation', () => {
  it('invites a colleague as editor, lists them and mails them the link to set a password', async () => {
    await open(page, 'o/rosenheim/users');
    await page.getByRole('row', { name: /rosenheim-admin/ }).waitFor();
    const form = page.getByRole('region', { name: 'Person einladen' });
    await form.getByRole('textbox', { name: 'E-Mail' }).fill(address);
    await form.getByRole('textbox', { name: 'Vorname' }).fill('Ina');
    await form.getByRole('textbox', { name: 'Nachname' }).fill('Eingeladen');
    await form.getByRole('combobox', { name: 'Rolle' }).selectOption({ label: 'Redaktion' });
    await form.getByRole('button', { name: 'Einladung senden' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Einladung an ${address} gesendet.` })
      .waitFor();
    assert.equal(await form.getByRole('textbox', { name: 'E-Mail' }).inputValue(), '', 'the form starts anew');

    // The list is read again after the invitation: the colleague is there, invited as editor.
    const row = page.getByRole('row', { name: new RegExp(escaped(address)) });
    await row.waitFor();
    assert.match(await row.textContent(), /Ina Eingeladen/);
    assert.match(await row.textContent(), /Einladung noch nicht angenommen/);
    assert.equal(await row.getByRole('combobox', { name: 'Rolle von Ina Eingeladen' }).inputValue(), 'tenant-editor');
    assert.deepEqual(await axeViolations(page), [], 'axe-core on the users page after an invitation');
    await screenshot(page, 'user-invited');

    // Keycloak sent the mail through the SMTP server the platform wrote into the realm: the sink.
    const mails = await awaitMailTo(address);
    assert.equal(mails.length, 1, 'one invitation');
    assert.match(mails[0].mimeMessage, new RegExp(`^To: ${escaped(address)}\\s*$`, 'm'));
    const unwrapped = mails[0].mimeMessage.replace(/=\r?\n/g, ''); // quoted-printable's soft line breaks
    assert.match(unwrapped, /realms\/lotse\/login-actions\/action-token\?/, 'the link to set a password');

    // The same address cannot be invited twice; the field says why, in the reader's language.
    await form.getByRole('textbox', { name: 'E-Mail' }).fill(address);
    await form.getByRole('textbox', { name: 'Vorname' }).fill('Ina');
    await form.getByRole('textbox', { name: 'Nachname' }).fill('Eingeladen');
    await form.getByRole('button', { name: 'Einladung senden' }).click();
    // Located from the page: a locator in `has` is looked for inside the field, not from the form.
    const email = page.getByRole('textbox', { name: 'E-Mail' });
    const fieldError = page.locator('.field-invalid', { has: email }).locator('.field-error');
    await fieldError.waitFor();
    assert.equal(await fieldError.textContent(), 'Für diese Adresse gibt es schon ein Konto.');
    assert.equal(await email.getAttribute('aria-invalid'), 'true');
    const alert = form.getByRole('alert');
    assert.match(await alert.locator('p').first().textContent(), /^Für diese E-Mail-Adresse gibt es schon ein Konto\./);
    assert.equal(
      await alert.getByText(address, { exact: false }).isVisible(),
      false,
      "the platform's words folded away",
    );
    await screenshot(page, 'user-invited-twice');
  });
});
