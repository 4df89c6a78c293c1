// BITV 2.0 / WCAG 2.1 AA checks in a real browser: keyboard only, axe-core, motion, zoom.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ask, axeViolations, finish, launch, newPage, openDemo, widget } from './browser.mjs';

let browser;

before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** The element focused inside the widget's shadow root (document.activeElement is the host). */
function focused(page) {
  return page.evaluate(() => {
    const element = document.activeElement?.shadowRoot?.activeElement ?? document.activeElement;
    return {
      tag: element?.tagName.toLowerCase(),
      id: element?.id,
      className: element?.className,
      text: element?.textContent?.trim(),
      outline: element ? getComputedStyle(element).outlineStyle : '',
    };
  });
}

describe('accessibility', () => {
  it('works with the keyboard alone: open, ask, rate, close with Escape, focus back on the launcher', async () => {
    const page = await newPage(browser);
    await openDemo(page);
    const w = widget(page);
    let onLauncher = false;
    for (let i = 0; i < 20 && !onLauncher; i++) {
      await page.keyboard.press('Tab');
      onLauncher = (await focused(page)).className === 'launcher';
    }
    assert.ok(onLauncher, 'the launcher is reachable with Tab');
    assert.notEqual((await focused(page)).outline, 'none', 'focus is visible');
    await page.keyboard.press('Enter');
    assert.equal((await focused(page)).id, 'lotse-input', 'focus moves to the question field');

    await page.keyboard.type('Wie bekomme ich einen Termin?');
    await page.keyboard.press('Enter');
    await w.botMessages.nth(1).waitFor();
    assert.equal((await focused(page)).id, 'lotse-input', 'focus stays in the question field');

    // Back from the field into the last answer: its "not helpful" button.
    await page.keyboard.press('Shift+Tab');
    assert.equal((await focused(page)).text, 'Nein');
    const rated = page.waitForResponse((r) => r.url().endsWith('/feedback'));
    await page.keyboard.press('Space');
    assert.equal((await rated).status(), 204);
    assert.equal((await focused(page)).text, 'Nein', 'focus stays on the rating button');

    await page.keyboard.press('Escape');
    await w.panel.waitFor({ state: 'hidden' });
    assert.equal((await focused(page)).className, 'launcher', 'focus returns to the launcher');
    assert.equal(await w.launcher.getAttribute('aria-expanded'), 'false');
    await finish(page);
  });

  it('has no axe-core violations with an answer and a hand-over shown', async () => {
    const page = await newPage(browser);
    await openDemo(page);
    assert.deepEqual(await axeViolations(page), [], 'closed widget');
    await widget(page).launcher.click();
    await ask(page, 'Ich habe meine Aufenthaltskarte verloren');
    await page.getByRole('button', { name: 'Nein' }).click();
    await page.locator('lotse-chat .feedback textarea').waitFor();
    await page.locator('lotse-chat .log').evaluate((log) => log.closest('.root') && true);
    assert.deepEqual(await axeViolations(page), [], 'answer with feedback form');
    await finish(page);

    const fresh = await newPage(browser);
    await openDemo(fresh);
    await widget(fresh).launcher.click();
    await ask(fresh, 'Wie wird das Wetter morgen?');
    assert.deepEqual(await axeViolations(fresh), [], 'hand-over with contacts');
    await finish(fresh);
  });

  it('has no axe-core violations in Arabic, and marks language and direction per message', async () => {
    const page = await newPage(browser, { locale: 'ar' });
    await openDemo(page);
    await widget(page).launcher.click();
    const reply = await ask(page, 'كيف أحصل على موعد؟');
    assert.equal(await reply.getAttribute('lang'), 'ar');
    assert.equal(await reply.getAttribute('dir'), 'rtl');
    assert.deepEqual(await axeViolations(page), []);
    await finish(page);
  });

  it('has no animation for readers who ask for reduced motion', async () => {
    const page = await newPage(browser, { reducedMotion: 'reduce' });
    await openDemo(page);
    await widget(page).launcher.click();
    const animation = await widget(page).panel.evaluate((panel) => getComputedStyle(panel).animationName);
    assert.equal(animation, 'none');
    await finish(page);

    const moving = await newPage(browser, { reducedMotion: 'no-preference' });
    await openDemo(moving);
    await widget(moving).launcher.click();
    assert.equal(await widget(moving).panel.evaluate((panel) => getComputedStyle(panel).animationName), 'lotse-in');
    await finish(moving);
  });

  it('stays usable at 200 % zoom (a 1280 × 800 window shows 640 × 400 CSS pixels)', async () => {
    const page = await newPage(browser, { width: 640, height: 400 });
    await openDemo(page);
    const w = widget(page);
    await w.launcher.click();
    const box = await w.panel.boundingBox();
    assert.ok(
      box.x >= 0 && box.y >= 0 && box.x + box.width <= 640 && box.y + box.height <= 400,
      'panel inside the window',
    );
    const input = await w.input.boundingBox();
    assert.ok(input.y + input.height <= 400, 'question field visible');
    await ask(page, 'Wie bekomme ich einen Termin?');
    const overflow = await w.panel.evaluate((panel) => panel.scrollWidth - panel.clientWidth);
    assert.equal(overflow, 0, 'no horizontal scrolling');
    await finish(page);
  });
});
