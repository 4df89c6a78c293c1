// How each kind of message looks. Pure functions of the message and the widget's current
// language, so that rendering can be unit-tested without a platform.
import type { Handoff, LanguageOption } from './api';
import { h, srOnly } from './dom';
import { directionOf, langTag, languageName, text, type TextKey } from './i18n';
import { renderMarkdown } from './markdown';
import type { BotMessage, UserMessage } from './state';

export interface RenderContext {
  /** The language the widget's own texts are in. */
  ui: string;
  botName: string;
  /** The office's default language, in which its contact details are written. */
  officeLanguage: string;
  languages: LanguageOption[];
  onSuggestion(title: string): void;
  onRate(message: BotMessage, helpful: boolean): void;
  onComment(message: BotMessage, comment: string): void;
  onRetry(message: UserMessage): void;
}

/** Attributes that tell screen readers and the browser's layout which language a part is in. */
export function langAttributes(code: string): { lang: string; dir: string } {
  return { lang: langTag(code), dir: directionOf(code) };
}

export function t(ctx: RenderContext, key: TextKey, vars: Record<string, string | number> = {}): string {
  return text(ctx.ui, key, { bot: ctx.botName, ...vars });
}

export function renderGreeting(ctx: RenderContext, greeting: string | undefined): HTMLElement {
  return h(
    'div',
    { class: 'msg bot', ...langAttributes(ctx.ui) },
    srOnly(`${ctx.botName}: `),
    greeting ?? t(ctx, 'greeting'),
  );
}

export function renderUserMessage(ctx: RenderContext, message: UserMessage): HTMLElement {
  const failed = message.status === 'failed';
  const bubble = h(
    'div',
    { class: failed ? 'msg user failed' : 'msg user', lang: langTag(message.language), dir: 'auto' },
    srOnly(`${t(ctx, 'you')}: `),
    message.text,
  );
  const line = h('div', { class: 'status-line', 'data-id': message.id }, bubble);
  if (failed) {
    const reason =
      message.failure === 'rateLimited'
        ? t(ctx, 'rateLimited', { seconds: message.retryAfterSeconds ?? 30 })
        : t(
            ctx,
            message.failure === 'offline' ? 'offline' : message.failure === 'unavailable' ? 'unavailable' : 'server',
          );
    line.append(
      h('p', { class: 'error' }, `${t(ctx, 'notSent')}. ${reason}`),
      h('button', { type: 'button', class: 'retry', onclick: () => ctx.onRetry(message) }, t(ctx, 'retry')),
    );
  }
  return line;
}

export function renderBotMessage(ctx: RenderContext, message: BotMessage): HTMLElement {
  const reply = message.reply;
  const speaker = srOnly(`${ctx.botName}: `);
  if (reply.type === 'answer') {
    const bubble = h('div', { class: 'msg bot', 'data-id': message.id, ...langAttributes(reply.language) }, speaker);
    if (reply.languageFallback) {
      const language = languageName(reply.language, ctx.ui, autonymOf(ctx, reply.language));
      bubble.append(h('p', { class: 'note', ...langAttributes(ctx.ui) }, t(ctx, 'onlyIn', { language })));
    }
    if (reply.title) bubble.append(h('p', { class: 'title' }, reply.title));
    const answer = h('div', { class: 'answer' });
    answer.append(renderMarkdown(reply.answer ?? '', document, { newWindowHint: t(ctx, 'newWindow') }));
    bubble.append(answer, renderFeedback(ctx, message));
    return bubble;
  }
  const bubble = h('div', { class: 'msg bot', 'data-id': message.id, ...langAttributes(ctx.ui) }, speaker);
  if (reply.type === 'clarify') {
    bubble.append(h('p', {}, t(ctx, 'clarify')));
    const choices = h('div', { class: 'suggestions', ...langAttributes(reply.language) });
    for (const suggestion of reply.suggestions ?? []) {
      choices.append(
        h('button', { type: 'button', onclick: () => ctx.onSuggestion(suggestion.title) }, suggestion.title),
      );
    }
    bubble.append(choices);
  } else {
    bubble.append(h('p', {}, t(ctx, 'fallback')), renderContacts(ctx, reply.handoff));
  }
  return bubble;
}

function autonymOf(ctx: RenderContext, code: string): string | undefined {
  return ctx.languages.find((l) => l.code === code)?.name;
}

/** Rating buttons stay in place (aria-pressed), so keyboard focus never gets lost. */
export function renderFeedback(ctx: RenderContext, message: BotMessage): HTMLElement {
  const questionId = `q-${message.id}`;
  const rateButton = (helpful: boolean) =>
    h(
      'button',
      {
        type: 'button',
        'aria-pressed': String(message.rating === (helpful ? 'helpful' : 'unhelpful')),
        onclick: () => ctx.onRate(message, helpful),
      },
      t(ctx, helpful ? 'yes' : 'no'),
    );
  const box = h(
    'div',
    { class: 'feedback', role: 'group', 'aria-labelledby': questionId, ...langAttributes(ctx.ui) },
    h('span', { id: questionId }, t(ctx, 'helpful')),
    rateButton(true),
    rateButton(false),
  );
  if (message.rating) box.append(h('p', { class: 'thanks', tabindex: -1 }, t(ctx, 'thanks')));
  if (message.rating === 'unhelpful' && !message.commented) {
    const fieldId = `c-${message.id}`;
    const comment = h('textarea', { id: fieldId, maxlength: 2000, rows: 2 });
    const form = h(
      'form',
      {
        onsubmit: (event: Event) => {
          event.preventDefault();
          if (comment.value.trim()) ctx.onComment(message, comment.value.trim());
        },
      },
      h('label', { for: fieldId }, t(ctx, 'commentLabel')),
      comment,
      h('button', { type: 'submit' }, t(ctx, 'send')),
    );
    box.append(form);
  }
  return box;
}

/** The office's contacts; the phone number as a tel: link, so a phone can call it directly. */
export function renderContacts(ctx: RenderContext, handoff: Handoff | null | undefined): HTMLElement {
  const list = h('ul', { class: 'contacts' });
  const item = (label: TextKey, value: Node | string) =>
    list.append(h('li', {}, h('strong', {}, t(ctx, label)), value));
  if (!handoff) return list;
  if (handoff.phone) item('phone', h('a', { href: `tel:${handoff.phone.replace(/[^\d+]/g, '')}` }, handoff.phone));
  if (handoff.email) item('email', h('a', { href: `mailto:${handoff.email}` }, handoff.email));
  if (handoff.address) item('address', h('span', { lang: langTag(ctx.officeLanguage) }, handoff.address));
  if (handoff.openingHours) item('hours', h('span', { lang: langTag(ctx.officeLanguage) }, handoff.openingHours));
  if (handoff.appointmentUrl && /^https?:\/\//i.test(handoff.appointmentUrl)) {
    list.append(
      h(
        'li',
        {},
        h(
          'a',
          { href: handoff.appointmentUrl, target: '_blank', rel: 'noopener noreferrer' },
          t(ctx, 'appointment'),
          srOnly(` ${t(ctx, 'newWindow')}`),
        ),
      ),
    );
  }
  return list;
}
