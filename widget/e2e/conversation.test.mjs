// A citizen's conversation with Mila on the demo page of the running platform.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ask, BASE_URL, finish, launch, newPage, openDemo, screenshot, widget } from './browser.mjs';

const MESSAGES = `${BASE_URL}/api/v1/public/tenants/rosenheim/messages`;
let browser;

before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

describe('conversation', () => {
  it('answers a question with rendered Markdown, and takes a rating with a comment', async () => {
    const page = await newPage(browser);
    await openDemo(page);
    const w = widget(page);
    assert.equal(await w.launcher.getAttribute('aria-expanded'), 'false');
    await w.launcher.click();
    assert.equal(await w.launcher.getAttribute('aria-expanded'), 'true');
    assert.match(await w.botMessages.first().innerText(), /ich bin Mila/);

    const reply = await ask(page, 'Ich habe meine Aufenthaltskarte verloren');
    assert.equal(await reply.locator('.title').innerText(), 'Karte (eAT) verloren oder gestohlen');
    assert.ok((await reply.locator('.answer ol li').count()) >= 2, 'numbered steps are a list');
    assert.ok((await reply.locator('.answer strong').count()) >= 1, 'bold text is bold');
    assert.equal(await reply.getAttribute('lang'), 'de');
    await screenshot(page, 'desktop-de-answer');

    const rated = page.waitForResponse((r) => r.url().endsWith('/feedback') && r.request().method() === 'POST');
    await reply.getByRole('button', { name: 'Nein' }).click();
    assert.equal((await rated).status(), 204);
    assert.equal(await reply.getByRole('button', { name: 'Nein' }).getAttribute('aria-pressed'), 'true');
    await reply.getByLabel('Was hat gefehlt? (optional)').fill('Die Kosten für die neue Karte');
    const commented = page.waitForResponse((r) => r.url().endsWith('/feedback'));
    await reply.locator('.feedback form button').click();
    assert.equal((await commented).status(), 204);
    await reply.locator('.thanks').waitFor();
    assert.equal(await reply.locator('.feedback textarea').count(), 0);
    await finish(page);
  });

  it('answers in English when the citizen chats in English', async () => {
    const page = await newPage(browser);
    await openDemo(page, 'rosenheim?lang=en');
    const w = widget(page);
    await w.launcher.click();
    assert.match(await w.botMessages.first().innerText(), /I am Mila/);

    const reply = await ask(page, 'How do I book an appointment?');
    assert.equal(await reply.locator('.title').innerText(), 'Booking an appointment');
    assert.equal(await reply.getAttribute('lang'), 'en');
    await screenshot(page, 'desktop-en-answer');
    await finish(page);
  });

  it('offers suggestions for a vague question and answers the one picked', async () => {
    const page = await newPage(browser);
    await openDemo(page);
    const w = widget(page);
    await w.launcher.click();
    const reply = await ask(page, 'Arbeit');
    const suggestions = reply.locator('.suggestions button');
    assert.ok((await suggestions.count()) >= 2, 'several suggestions');
    const picked = await suggestions.first().innerText();
    await suggestions.first().click();
    const next = w.botMessages.nth(2);
    await next.waitFor();
    assert.equal(await next.locator('.title').innerText(), picked);
    assert.equal(
      await w.userMessages
        .last()
        .innerText()
        .then((t) => t.replace(/^Sie:\s*/, '')),
      picked,
    );
    await finish(page);
  });

  it('hands over to the office with its contacts when it has no answer', async () => {
    const page = await newPage(browser);
    await openDemo(page);
    await widget(page).launcher.click();
    const reply = await ask(page, 'Wie wird das Wetter morgen?');
    assert.match(await reply.innerText(), /keine Antwort/);
    const phone = reply.locator('.contacts a[href^="tel:"]');
    assert.equal(await phone.getAttribute('href'), 'tel:+4980313920');
    assert.equal(await phone.innerText(), '+49 8031 392-0');
    assert.equal(
      await reply.locator('.contacts a[href^="mailto:"]').getAttribute('href'),
      'mailto:auslaenderbehoerde@lra-rosenheim.example',
    );
    const booking = reply.locator('.contacts a[target="_blank"]');
    assert.equal(await booking.getAttribute('rel'), 'noopener noreferrer');
    await screenshot(page, 'desktop-de-fallback');
    await finish(page);
  });

  it('keeps the conversation and the open panel across a page reload', async () => {
    const page = await newPage(browser);
    await openDemo(page);
    const w = widget(page);
    await w.launcher.click();
    await ask(page, 'Wie bekomme ich einen Termin?');
    await w.input.fill('halb getippt');
    await page.reload();
    await w.launcher.waitFor();
    await w.panel.waitFor({ state: 'visible' });
    assert.equal(await w.botMessages.count(), 2);
    assert.match(await w.userMessages.first().innerText(), /Wie bekomme ich einen Termin\?/);
    assert.equal(await w.input.inputValue(), 'halb getippt');
    const cookies = await page.context().cookies();
    assert.deepEqual(cookies, [], 'no cookies');
    await finish(page);
  });

  it('says when the answer is only in German', async () => {
    const page = await newPage(browser, { locale: 'en-GB' });
    // The demo content has translations for its topics; mark a real reply as a German fallback.
    await page.route(MESSAGES, async (route) => {
      const response = await route.fetch();
      const body = await response.json();
      await route.fulfill({ response, json: { ...body, language: 'de', languageFallback: true } });
    });
    await openDemo(page);
    await widget(page).launcher.click();
    const reply = await ask(page, 'Wie bekomme ich einen Termin?');
    assert.equal(await reply.locator('.note').innerText(), 'Only available in: German');
    assert.equal(await reply.locator('.note').getAttribute('lang'), 'en');
    await finish(page);
  });

  it('keeps the question when rate-limited or offline, and sends it again on retry', async () => {
    const page = await newPage(browser);
    await openDemo(page);
    const w = widget(page);
    await w.launcher.click();

    await page.route(MESSAGES, (route) =>
      route.fulfill({
        status: 429,
        headers: {
          'Retry-After': '9',
          'Content-Type': 'application/problem+json',
          'Access-Control-Expose-Headers': 'Retry-After',
        },
        body: JSON.stringify({ type: 'urn:lotse:problem:rate-limited', status: 429 }),
      }),
    );
    await w.input.fill('Wie bekomme ich einen Termin?');
    await w.input.press('Enter');
    const error = page.locator('lotse-chat .error');
    await error.waitFor();
    assert.match(await error.innerText(), /Zu viele Fragen\. Bitte warten Sie 9 s\./);

    await page.unroute(MESSAGES);
    await page.route(MESSAGES, (route) => route.abort('internetdisconnected'));
    await page.locator('lotse-chat .retry').click();
    await page.locator('lotse-chat .error', { hasText: 'Keine Verbindung' }).waitFor();

    await page.unroute(MESSAGES);
    await page.locator('lotse-chat .retry').click();
    await w.botMessages.nth(1).waitFor();
    assert.equal(await page.locator('lotse-chat .error').count(), 0);
    assert.equal(await w.userMessages.count(), 1, 'the question was not duplicated');
    await finish(page);
  });
});
