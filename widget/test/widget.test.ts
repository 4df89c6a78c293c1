import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ChatReply } from '../src/api';
import { ChatWidget, type WidgetOptions } from '../src/widget';
import { answer, CONFIG, clarify } from './fixtures';

type Handler = (url: string, init?: RequestInit) => Response | Promise<Response>;

function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });
}

let requests: { url: string; body?: Record<string, unknown> }[];

function platform(reply: Handler): void {
  requests = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init?: RequestInit) => {
      requests.push({ url, body: init?.body ? JSON.parse(String(init.body)) : undefined });
      if (url.endsWith('/config')) return json(CONFIG);
      return reply(url, init);
    }),
  );
}

async function widget(
  options: Partial<WidgetOptions> = {},
): Promise<{ chat: ChatWidget; host: HTMLElement; shadow: ShadowRoot }> {
  const host = document.createElement('lotse-chat');
  document.body.append(host);
  const chat = new ChatWidget(host, { tenant: 'testamt', apiBase: 'https://platform.example', ...options });
  await chat.start();
  return { chat, host, shadow: host.shadowRoot! };
}

async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
}

async function ask(shadow: ShadowRoot, question: string): Promise<void> {
  const input = shadow.querySelector('textarea')!;
  input.value = question;
  input.dispatchEvent(new Event('input'));
  input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
  await settle();
}

beforeEach(() => {
  sessionStorage.clear();
  document.body.replaceChildren();
  Object.defineProperty(navigator, 'languages', { value: ['de-DE'], configurable: true });
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the floating widget', () => {
  it('shows a closed launcher first, greeting with the office greeting', async () => {
    platform(() => json(answer()));
    const { shadow } = await widget();
    const launcher = shadow.querySelector<HTMLButtonElement>('.launcher')!;
    expect(launcher.getAttribute('aria-expanded')).toBe('false');
    expect(launcher.textContent).toBe('Frage stellen');
    expect(shadow.querySelector<HTMLElement>('.panel')!.hidden).toBe(true);
    expect(shadow.querySelector('.log .msg')?.textContent).toBe('Mila: Hallo, ich bin Mila vom Testamt.');
  });

  it('opens into a labelled dialog with focus in the question field, and Escape returns focus to the launcher', async () => {
    platform(() => json(answer()));
    const { shadow } = await widget();
    shadow.querySelector<HTMLButtonElement>('.launcher')!.click();
    const panel = shadow.querySelector<HTMLElement>('.panel')!;
    expect(panel.hidden).toBe(false);
    expect(panel.getAttribute('role')).toBe('dialog');
    expect(shadow.getElementById(panel.getAttribute('aria-labelledby')!)?.textContent).toBe('Mila');
    expect(shadow.activeElement?.id).toBe('lotse-input');
    panel.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(panel.hidden).toBe(true);
    expect(shadow.activeElement?.classList.contains('launcher')).toBe(true);
    expect(shadow.querySelector('.launcher')!.getAttribute('aria-expanded')).toBe('false');
  });

  it('asks in the chosen language and keeps the conversation id for follow-ups', async () => {
    platform(() => json(answer()));
    const { shadow } = await widget({ open: true });
    await ask(shadow, 'Wie bekomme ich einen Termin?');
    await ask(shadow, 'Und was kostet das?');
    const asked = requests.filter((r) => r.url.endsWith('/messages'));
    expect(asked[0].url).toBe('https://platform.example/api/v1/public/tenants/testamt/messages');
    expect(asked[0].body).toEqual({ question: 'Wie bekomme ich einen Termin?', language: 'de' });
    expect(asked[1].body).toMatchObject({ conversationId: answer().conversationId });
    expect(shadow.querySelectorAll('.log .msg.user')).toHaveLength(2);
    expect(shadow.querySelector('.log .msg.bot .title')?.textContent).toBe('Termin vereinbaren');
  });

  it('asks a clarify suggestion when it is picked', async () => {
    let replies: ChatReply[] = [clarify(), answer()];
    platform(() => json(replies.shift()));
    const { shadow } = await widget({ open: true });
    await ask(shadow, 'Aufenthaltserlaubnis');
    shadow.querySelectorAll<HTMLButtonElement>('.suggestions button')[1].click();
    await settle();
    expect(requests[requests.length - 1]?.body).toMatchObject({ question: 'Aufenthaltstitel verlängern' });
    replies = [];
  });

  it('keeps the question after a 429 and sends it again on retry', async () => {
    let limited = true;
    platform(() => (limited ? json({ status: 429 }, 429, { 'Retry-After': '7' }) : json(answer())));
    const { shadow } = await widget({ open: true });
    await ask(shadow, 'Meine Frage');
    const failed = shadow.querySelector('.msg.user.failed')!;
    expect(failed.textContent).toContain('Meine Frage');
    expect(shadow.querySelector('.error')?.textContent).toContain('7 s');
    limited = false;
    shadow.querySelector<HTMLButtonElement>('.retry')!.click();
    await settle();
    expect(shadow.querySelector('.msg.user.failed')).toBeNull();
    expect(shadow.querySelectorAll('.msg.bot')).toHaveLength(2);
    expect(requests.filter((r) => r.url.endsWith('/messages')).map((r) => r.body?.question)).toEqual([
      'Meine Frage',
      'Meine Frage',
    ]);
  });

  it('tells the reader when the network is down', async () => {
    platform(() => {
      throw new TypeError('Failed to fetch');
    });
    const { shadow } = await widget({ open: true });
    await ask(shadow, 'Frage');
    expect(shadow.querySelector('.error')?.textContent).toBe(
      'Nicht gesendet. Keine Verbindung. Bitte prüfen Sie Ihr Internet.',
    );
  });

  it('restores the conversation, the draft and the open panel after a reload', async () => {
    platform(() => json(answer()));
    const first = await widget({ open: true });
    await ask(first.shadow, 'Wie bekomme ich einen Termin?');
    const input = first.shadow.querySelector('textarea')!;
    input.value = 'noch nicht gesendet';
    input.dispatchEvent(new Event('input'));
    first.host.remove();

    const second = await widget();
    expect(second.shadow.querySelector<HTMLElement>('.panel')!.hidden).toBe(false);
    expect([...second.shadow.querySelectorAll('.log .msg')].map((m) => m.className)).toEqual([
      'msg bot',
      'msg user',
      'msg bot',
    ]);
    expect(second.shadow.querySelector('textarea')!.value).toBe('noch nicht gesendet');
  });

  it('rates an answer and keeps focus on the pressed button', async () => {
    platform((url) => (url.endsWith('/feedback') ? new Response(null, { status: 204 }) : json(answer())));
    const { shadow } = await widget({ open: true });
    await ask(shadow, 'Termin');
    shadow.querySelectorAll<HTMLButtonElement>('.feedback button')[0].focus();
    shadow.querySelectorAll<HTMLButtonElement>('.feedback button')[0].click();
    await settle();
    expect(requests[requests.length - 1]).toEqual({
      url: `https://platform.example/api/v1/public/tenants/testamt/messages/${answer().messageId}/feedback`,
      body: { helpful: true },
    });
    const yes = shadow.querySelectorAll<HTMLButtonElement>('.feedback button')[0];
    expect(yes.getAttribute('aria-pressed')).toBe('true');
    expect(shadow.activeElement).toBe(yes);
    expect(shadow.querySelector('.thanks')).not.toBeNull();
  });

  it('switches to Arabic: right to left, texts and greeting in Arabic', async () => {
    platform(() => json(answer()));
    const { chat, shadow } = await widget({ open: true });
    chat.setLanguage('ar');
    const root = shadow.querySelector<HTMLElement>('.root')!;
    expect(root.dir).toBe('rtl');
    expect(root.lang).toBe('ar');
    expect(shadow.querySelector('.launcher')?.textContent).toBe('اطرح سؤالاً');
    // The office has no Arabic greeting: the widget's own one, with the bot's name.
    expect(shadow.querySelector('.log .msg')?.textContent).toContain('أنا Mila');
    await ask(shadow, 'موعد');
    expect(requests[requests.length - 1]?.body).toMatchObject({ language: 'ar' });
  });

  it("picks the reader's browser language when the office offers it", async () => {
    Object.defineProperty(navigator, 'languages', { value: ['en-GB', 'de'], configurable: true });
    platform(() => json(answer()));
    const { shadow } = await widget();
    expect(shadow.querySelector('.launcher')?.textContent).toBe('Ask a question');
  });

  it('removes itself for an office that does not exist', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => json({ status: 404 }, 404)),
    );
    const { host } = await widget();
    expect(host.isConnected).toBe(false);
    expect(warn).toHaveBeenCalled();
  });

  it('starts a new conversation without the old messages', async () => {
    platform(() => json(answer()));
    const { chat, shadow } = await widget({ open: true });
    await ask(shadow, 'Termin');
    chat.newConversation();
    expect(shadow.querySelectorAll('.log .msg')).toHaveLength(1);
    await ask(shadow, 'Termin');
    expect(requests[requests.length - 1]?.body).not.toHaveProperty('conversationId');
  });

  it('darkens a light office colour for AA contrast', async () => {
    platform(() => json(answer()));
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => json({ ...CONFIG, branding: { primaryColor: '#ffee00', accentColor: '#ffee00' } })),
    );
    const { shadow } = await widget();
    const primary = shadow.querySelector<HTMLElement>('.root')!.style.getPropertyValue('--primary');
    expect(primary).not.toBe('#ffee00');
    expect(primary).toMatch(/^#[0-9a-f]{6}$/);
  });
});

describe('the office logo', () => {
  function withLogo(logoUrl: string): void {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => json({ ...CONFIG, branding: { ...CONFIG.branding, logoUrl } })),
    );
  }

  it('shows the logo uploaded to the platform in the header', async () => {
    withLogo('/api/v1/public/tenants/testamt/logo?v=0123456789ab');
    const { shadow } = await widget();
    const logo = shadow.querySelector<HTMLImageElement>('.header img')!;
    expect(logo.getAttribute('src')).toBe('https://platform.example/api/v1/public/tenants/testamt/logo?v=0123456789ab');
    expect(logo.getAttribute('part')).toBe('logo');
    expect(logo.getAttribute('alt')).toBe('');
  });

  it('shows no logo from a script or plain-http address', async () => {
    for (const logoUrl of ['javascript:alert(1)', 'http://logo.example/a.png']) {
      withLogo(logoUrl);
      const { shadow } = await widget();
      expect(shadow.querySelector('.header img')).toBeNull();
      document.body.replaceChildren();
    }
  });
});

describe('the inline widget', () => {
  it('is an always open region without launcher or close button', async () => {
    platform(() => json(answer()));
    const { shadow } = await widget({ inline: true });
    expect(shadow.querySelector('.launcher')).toBeNull();
    const panel = shadow.querySelector<HTMLElement>('.panel')!;
    expect(panel.hidden).toBe(false);
    expect(panel.getAttribute('role')).toBe('region');
    expect(shadow.querySelector('.header button')).toBeNull();
  });
});
