// Builds previews with the chat widget's own code (its renderer, styles and colour rules), so
// editors see an answer and their branding exactly as citizens will.
import { readableOn } from '@widget/colors';
import { h } from '@widget/dom';
import { directionOf, langTag, text } from '@widget/i18n';
import { renderBotMessage, renderGreeting, renderUserMessage, type RenderContext } from '@widget/messages';
import type { BotMessage } from '@widget/state';
import widgetCss from '@widget/widget.css?inline';

/** The widget's styles plus what a preview inside an admin page needs: nothing floats over it. */
export const PREVIEW_CSS = `${widgetCss}
:host { display: block; }
.preview-launcher { position: static !important; margin-top: 0.8em; width: max-content; }
.inline .panel { min-height: 0; height: auto; }
.log { overflow: visible; }
`;

export interface Branding {
  primaryColor?: string | null;
  accentColor?: string | null;
  logoUrl?: string | null;
}

const noop = () => undefined;

function context(ui: string, botName: string, officeLanguage: string): RenderContext {
  return {
    ui,
    botName,
    officeLanguage,
    languages: [],
    onSuggestion: noop,
    onRate: noop,
    onComment: noop,
    onRetry: noop,
  };
}

function root(ui: string, branding: Branding | null | undefined): HTMLDivElement {
  const element = h('div', { class: 'root inline', lang: langTag(ui), dir: directionOf(ui) });
  // The same adjustments the widget makes, so a too-light colour shows as the widget will show it.
  element.style.setProperty('--primary', readableOn(branding?.primaryColor, '#1d4f91', '#ffffff'));
  element.style.setProperty('--link', readableOn(branding?.accentColor, '#0b6bcb', '#f1f3f5'));
  element.style.setProperty('--focus', readableOn(branding?.accentColor, '#0b6bcb', '#ffffff', 3));
  return element;
}

/** The bot's answer bubble without its rating buttons (which would do nothing here). */
function answerBubble(ctx: RenderContext, id: string, language: string, title: string, answer: string): HTMLElement {
  const message: BotMessage = {
    id,
    role: 'bot',
    reply: { messageId: id, conversationId: '', type: 'answer', language, languageFallback: false, title, answer },
  };
  const bubble = renderBotMessage(ctx, message);
  bubble.querySelector('.feedback')?.remove();
  return bubble;
}

/** One answer as the widget shows it, in the answer's language. */
export function answerPreview(options: {
  id: string;
  language: string;
  botName: string;
  title: string;
  answer: string;
}): HTMLElement {
  const ctx = context(options.language, options.botName, options.language);
  const element = root(options.language, null);
  const log = h('div', { class: 'log' });
  log.append(answerBubble(ctx, options.id, options.language, options.title, options.answer));
  element.append(log);
  return element;
}

function logo(url: string | null | undefined, origin: string): HTMLImageElement | null {
  if (!url) return null;
  const absolute = url.startsWith('/') ? origin + url : url;
  if (!/^https:\/\//i.test(absolute) && !absolute.startsWith(origin)) return null;
  return h('img', { src: absolute, alt: '' });
}

/** The chat panel with a greeting, a question and an answer, and the launcher button below it. */
export function chatPreview(options: {
  ui: string;
  botName: string;
  displayName: string;
  greeting?: string;
  branding: Branding;
  question: string;
  answerTitle: string;
  answer: string;
  origin: string;
}): HTMLElement {
  const ctx = context(options.ui, options.botName || '…', options.ui);
  const element = root(options.ui, options.branding);
  const titleId = 'preview-title';
  const header = h(
    'div',
    { class: 'header' },
    logo(options.branding.logoUrl, options.origin),
    h('div', { class: 'titles' }, h('h2', { id: titleId }, options.botName), h('p', {}, options.displayName)),
  );
  const log = h('div', { class: 'log' });
  log.append(
    renderGreeting(ctx, options.greeting?.trim() || undefined),
    renderUserMessage(ctx, {
      id: 'preview-q',
      role: 'user',
      text: options.question,
      language: options.ui,
      status: 'sent',
    }),
    answerBubble(ctx, 'preview-a', options.ui, options.answerTitle, options.answer),
  );
  const panel = h('div', { class: 'panel', 'aria-labelledby': titleId, role: 'group' }, header, log);
  // Not a button: it would be a control that does nothing. The widget's own label and look.
  const launcher = h(
    'span',
    { class: 'launcher preview-launcher', 'aria-hidden': 'true' },
    text(options.ui, 'launcher'),
  );
  element.append(panel, launcher);
  return element;
}
