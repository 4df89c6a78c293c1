import { describe, expect, it, vi } from 'vitest';
import { renderBotMessage, renderContacts, renderUserMessage, type RenderContext } from '../src/messages';
import type { BotMessage } from '../src/state';
import { answer, CONFIG, clarify, fallback } from './fixtures';

function context(ui = 'de'): RenderContext {
  return {
    ui,
    botName: 'Mila',
    officeLanguage: 'de',
    languages: CONFIG.languages,
    onSuggestion: vi.fn(),
    onRate: vi.fn(),
    onComment: vi.fn(),
    onRetry: vi.fn(),
  };
}

function bot(reply = answer(), extra: Partial<BotMessage> = {}): BotMessage {
  return { id: reply.messageId, role: 'bot', reply, ...extra };
}

describe('answers', () => {
  it('render title and Markdown in the answer language, with its direction', () => {
    const node = renderBotMessage(context('ar'), bot(answer({ language: 'ar', title: 'حجز موعد' })));
    expect(node.lang).toBe('ar');
    expect(node.dir).toBe('rtl');
    expect(node.querySelector('.title')?.textContent).toBe('حجز موعد');
    expect(node.querySelector('.answer strong')?.textContent).toBe('nur online');
    expect(node.querySelector('.answer a')?.getAttribute('target')).toBe('_blank');
  });

  it("say in the reader's language when the answer is only in German", () => {
    const node = renderBotMessage(context('en'), bot(answer({ languageFallback: true })));
    const note = node.querySelector('.note')!;
    expect(note.getAttribute('lang')).toBe('en');
    expect(note.textContent).toMatch(/^Only available in: (German|Deutsch)$/);
    expect(node.lang).toBe('de');
  });

  it('have no language note when the answer is in the asked language', () => {
    expect(renderBotMessage(context(), bot()).querySelector('.note')).toBeNull();
  });

  it('start the screen reader text with the bot name', () => {
    expect(renderBotMessage(context(), bot()).querySelector('.sr-only')?.textContent).toBe('Mila: ');
  });
});

describe('feedback', () => {
  it('offers helpful and not helpful as a labelled group of toggle buttons', () => {
    const ctx = context();
    const message = bot();
    const box = renderBotMessage(ctx, message).querySelector('.feedback')!;
    expect(box.getAttribute('role')).toBe('group');
    expect(box.querySelector(`#${box.getAttribute('aria-labelledby')}`)?.textContent).toBe('War das hilfreich?');
    const [yes, no] = box.querySelectorAll('button');
    expect(yes.getAttribute('aria-pressed')).toBe('false');
    no.click();
    expect(ctx.onRate).toHaveBeenCalledWith(message, false);
  });

  it('thanks, and asks what was missing after "not helpful"', () => {
    const ctx = context();
    const message = bot(answer(), { rating: 'unhelpful' });
    const box = renderBotMessage(ctx, message).querySelector('.feedback')!;
    expect(box.querySelectorAll('button')[1].getAttribute('aria-pressed')).toBe('true');
    expect(box.querySelector('.thanks')?.textContent).toBe('Danke für Ihre Rückmeldung!');
    const field = box.querySelector('textarea')!;
    expect(box.querySelector(`label[for="${field.id}"]`)?.textContent).toBe('Was hat gefehlt? (optional)');
    field.value = '  Die Gebühren fehlten ';
    box.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    expect(ctx.onComment).toHaveBeenCalledWith(message, 'Die Gebühren fehlten');
  });

  it('asks for no comment after "helpful" or once commented', () => {
    expect(renderBotMessage(context(), bot(answer(), { rating: 'helpful' })).querySelector('textarea')).toBeNull();
    expect(
      renderBotMessage(context(), bot(answer(), { rating: 'unhelpful', commented: true })).querySelector('textarea'),
    ).toBeNull();
  });
});

describe('clarify', () => {
  it('offers each suggestion as a button that asks it', () => {
    const ctx = context();
    const node = renderBotMessage(ctx, bot(clarify()));
    const buttons = node.querySelectorAll('.suggestions button');
    expect([...buttons].map((b) => b.textContent)).toEqual([
      'Aufenthaltserlaubnis zum Studium',
      'Aufenthaltstitel verlängern',
    ]);
    (buttons[1] as HTMLButtonElement).click();
    expect(ctx.onSuggestion).toHaveBeenCalledWith('Aufenthaltstitel verlängern');
    expect(node.querySelector('.feedback')).toBeNull();
  });
});

describe('fallback', () => {
  it('shows the office contacts, the phone number as a tel: link', () => {
    const node = renderBotMessage(context(), bot(fallback()));
    expect(node.textContent).toContain('Dazu habe ich leider keine Antwort.');
    const tel = node.querySelector('a[href^="tel:"]')!;
    expect(tel.getAttribute('href')).toBe('tel:+4980313920');
    expect(tel.textContent).toBe('+49 8031 392-0');
    expect(node.querySelector('a[href^="mailto:"]')?.getAttribute('href')).toBe('mailto:amt@example.org');
    expect(node.textContent).toContain('Amtsweg 1, 83022 Rosenheim');
    const booking = node.querySelector('a[href="https://termine.example.org"]')!;
    expect(booking.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('leaves out a booking link that is not a web address', () => {
    const list = renderContacts(context(), { appointmentUrl: 'javascript:alert(1)' });
    expect(list.querySelector('a')).toBeNull();
  });
});

describe('user messages', () => {
  it('show a failed question with the reason and a retry button', () => {
    const ctx = context();
    const message = {
      id: 'u1',
      role: 'user' as const,
      text: 'Frage',
      language: 'de',
      status: 'failed' as const,
      failure: 'rateLimited' as const,
      retryAfterSeconds: 12,
    };
    const node = renderUserMessage(ctx, message);
    expect(node.querySelector('.error')?.textContent).toBe('Nicht gesendet. Zu viele Fragen. Bitte warten Sie 12 s.');
    node.querySelector('button')!.click();
    expect(ctx.onRetry).toHaveBeenCalledWith(message);
    expect(node.querySelector('.msg')?.getAttribute('dir')).toBe('auto');
  });
});
