// Layout in real Chromium: Arabic right to left, 320 px phones, a hostile host page, inline mode.
// Saves the screenshots to widget/test-results/.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ask, BASE_URL, finish, launch, newPage, openDemo, screenshot, widget } from './browser.mjs';

let browser;

before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

async function hostPage(page, path, html) {
  await page.route(`${BASE_URL}${path}`, (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }),
  );
  await page.goto(`${BASE_URL}${path}`);
}

const SCRIPT = `<script src="/widget/v1/lotse-widget.js" data-tenant="rosenheim" async></script>`;

describe('layout', () => {
  it('lays out Arabic right to left, chosen with the language selector', async () => {
    const page = await newPage(browser);
    await openDemo(page);
    const w = widget(page);
    await w.launcher.click();
    await page.locator('lotse-chat select').selectOption('ar');
    const root = page.locator('lotse-chat .root');
    assert.equal(await root.getAttribute('dir'), 'rtl');
    assert.equal(await root.getAttribute('lang'), 'ar');
    assert.equal(await w.launcher.innerText(), 'اطرح سؤالاً');
    assert.match(await w.botMessages.first().innerText(), /ميلا/);
    const option = page.locator('lotse-chat option[value="fa"]');
    assert.equal(await option.innerText(), 'فارسی');
    assert.equal(await option.getAttribute('lang'), 'fa');

    const reply = await ask(page, 'كيف أحجز موعدا؟');
    assert.equal(await reply.getAttribute('dir'), 'rtl');
    assert.equal(await reply.locator('.title').innerText(), 'حجز موعد');
    // In right-to-left layout the bot's messages start at the right edge.
    const panel = await w.panel.boundingBox();
    const bubble = await reply.boundingBox();
    assert.ok(panel.x + panel.width - (bubble.x + bubble.width) < 30, 'answer aligned to the right');
    await screenshot(page, 'desktop-ar-answer');
    await finish(page);
  });

  for (const [language, question] of [
    ['de', 'Wie bekomme ich einen Termin?'],
    ['ar', 'كيف أحصل على موعد؟'],
  ]) {
    it(`fills a 320 px wide phone screen (${language})`, async () => {
      const page = await newPage(browser, { locale: language, width: 320, height: 640 });
      await openDemo(page);
      const w = widget(page);
      await screenshot(page, `mobile-${language}-closed`);
      await w.launcher.click();
      const box = await w.panel.boundingBox();
      assert.deepEqual([box.x, box.y, box.width, box.height], [0, 0, 320, 640]);
      assert.equal(await w.launcher.isVisible(), false, 'the launcher is hidden behind the full-screen panel');
      await ask(page, question);
      const overflow = await page.locator('lotse-chat .log').evaluate((log) => log.scrollWidth - log.clientWidth);
      assert.equal(overflow, 0, 'no horizontal scrolling');
      await screenshot(page, `mobile-${language}-answer`);
      await page.keyboard.press('Escape');
      await w.launcher.waitFor();
      await finish(page);
    });
  }

  it('is not broken by a hostile host page stylesheet', async () => {
    const page = await newPage(browser);
    await hostPage(
      page,
      '/e2e/hostile',
      `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Hostile</title><style>
        html { font-size: 40px !important; direction: rtl; }
        * { all: unset; display: block !important; color: red !important; background: yellow !important;
            font: italic 900 30px/3 "Comic Sans MS", cursive !important; box-sizing: content-box !important;
            padding: 9px !important; border: 5px dotted lime !important; letter-spacing: 4px !important;
            text-transform: uppercase !important; visibility: visible; }
        lotse-chat { position: absolute !important; opacity: 0.2 !important; transform: scale(0.3) !important;
            filter: blur(4px) !important; z-index: -1 !important; }
        button { display: none !important; }
        head, script, style, title { display: none !important; }
      </style></head><body><main><h1>Eine Seite mit wildem CSS</h1></main>${SCRIPT}</body></html>`,
    );
    const w = widget(page);
    await w.launcher.waitFor({ state: 'visible' });
    const launcher = await w.launcher.boundingBox();
    assert.ok(launcher.x + launcher.width > 1100 && launcher.y + launcher.height > 700, 'launcher at the bottom right');
    assert.ok(launcher.height >= 44 && launcher.height < 80, `launcher height ${launcher.height}`);
    const style = await w.launcher.evaluate((el) => {
      const s = getComputedStyle(el);
      return {
        font: s.fontSize,
        transform: s.transform,
        color: s.color,
        spacing: s.letterSpacing,
        case: s.textTransform,
      };
    });
    assert.deepEqual(style, {
      font: '16px',
      transform: 'none',
      color: 'rgb(255, 255, 255)',
      spacing: 'normal',
      case: 'none',
    });
    const host = await page.locator('lotse-chat').evaluate((el) => {
      const s = getComputedStyle(el);
      return { opacity: s.opacity, transform: s.transform, filter: s.filter };
    });
    assert.deepEqual(host, { opacity: '1', transform: 'none', filter: 'none' });

    await w.launcher.click();
    const panel = await w.panel.boundingBox();
    assert.equal(Math.round(panel.width), 400);
    const reply = await ask(page, 'Wie bekomme ich einen Termin?');
    assert.equal(await reply.locator('.title').innerText(), 'Termin vereinbaren');
    assert.equal(await reply.evaluate((el) => getComputedStyle(el).fontStyle), 'normal');
    await screenshot(page, 'desktop-hostile-page');
    await finish(page);
  });

  it('renders inline into the page as a full chat', async () => {
    const page = await newPage(browser);
    await hostPage(
      page,
      '/e2e/inline',
      `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Chat-Seite</title></head><body>
        <main><h1>Fragen Sie Mila</h1><lotse-chat tenant="rosenheim" style="display:block;height:560px;max-width:640px"></lotse-chat></main>
        <script src="/widget/v1/lotse-widget.js" async></script></body></html>`,
    );
    const w = widget(page);
    await w.panel.waitFor({ state: 'visible' });
    assert.equal(await w.launcher.count(), 0);
    assert.equal(await w.panel.getAttribute('role'), 'region');
    const box = await w.panel.boundingBox();
    assert.ok(Math.abs(box.height - 560) <= 1, `the panel fills the element the page sized (${box.height})`);
    const reply = await ask(page, 'Wie bekomme ich einen Termin?');
    assert.equal(await reply.locator('.title').innerText(), 'Termin vereinbaren');
    await screenshot(page, 'desktop-inline');
    await finish(page);
  });

  it('offers the JS API on window.LotseWidget', async () => {
    const page = await newPage(browser);
    await openDemo(page);
    const events = await page.evaluate(async () => {
      const seen = [];
      await new Promise((resolve) => setTimeout(resolve, 300));
      window.LotseWidget.on('open', () => seen.push('open'));
      window.LotseWidget.on('language', (detail) => seen.push(`language:${detail.language}`));
      window.LotseWidget.open();
      window.LotseWidget.setLanguage('en');
      return seen;
    });
    assert.deepEqual(events, ['open', 'language:en']);
    assert.equal(await widget(page).launcher.innerText(), 'Ask a question');
    await page.evaluate(() => window.LotseWidget.close());
    await widget(page).panel.waitFor({ state: 'hidden' });
    await finish(page);
  });
});
