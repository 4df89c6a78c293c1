// One chat widget: a launcher and a panel (floating), or just the panel (inline in a page), inside
// a shadow root of its host element. It keeps the conversation in sessionStorage and talks only to
// the platform that served it.
import { ApiFailure, ChatApi, type TenantConfig } from './api';
import { readableOn } from './colors';
import { h, icon, ICONS, srOnly } from './dom';
import { directionOf, hasLocale, langTag, LOCALES, pickLanguage, text } from './i18n';
import { renderBotMessage, renderContacts, renderGreeting, renderUserMessage, t, type RenderContext } from './messages';
import {
  ConversationStore,
  localId,
  sessionStore,
  type BotMessage,
  type Conversation,
  type UserMessage,
} from './state';
import css from './widget.css?inline';

export interface WidgetOptions {
  tenant: string;
  apiBase: string;
  /** Preferred language; else the reader's browser languages, else the office's default. */
  language?: string;
  position?: 'left' | 'right';
  /** Open the panel when the page loads. */
  open?: boolean;
  /** Render the panel into the host element instead of a floating launcher and panel. */
  inline?: boolean;
}

export type WidgetEvent = 'ready' | 'open' | 'close' | 'language' | 'message';
type Listener = (detail: Record<string, unknown>) => void;

const MAX_QUESTION_LENGTH = 1000;

export class ChatWidget {
  private readonly api: ChatApi;
  private readonly store: ConversationStore;
  private readonly shadow: ShadowRoot;
  private readonly listeners = new Map<WidgetEvent, Set<Listener>>();
  private readonly root: HTMLDivElement;
  private config?: TenantConfig;
  private state: Conversation;
  private busy = false;
  private launcher?: HTMLButtonElement;
  private panel?: HTMLElement;
  private log?: HTMLElement;
  private input?: HTMLTextAreaElement;
  private typing?: HTMLElement;

  constructor(
    private readonly host: HTMLElement,
    private readonly options: WidgetOptions,
  ) {
    this.api = new ChatApi(options.apiBase, options.tenant);
    this.store = new ConversationStore(sessionStore(), `lotse-widget:v1:${options.tenant}`);
    this.state = this.store.load() ?? { language: '', messages: [], draft: '', open: false };
    this.shadow = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
    this.shadow.replaceChildren();
    addStyles(this.shadow);
    const classes = ['root', options.inline ? 'inline' : 'floating', options.position === 'left' ? 'left' : ''];
    this.root = h('div', { class: classes.join(' ').trim() });
    this.shadow.append(this.root);
    if (!options.inline) host.setAttribute('data-floating', '');
  }

  async start(): Promise<void> {
    try {
      this.config = await this.api.config();
    } catch (failure) {
      if (failure instanceof ApiFailure && failure.kind === 'unavailable') {
        // A wrong office name or a switched-off office: show citizens nothing rather than a broken chat.
        console.warn(`Lotse widget: the office "${this.options.tenant}" is not available; the chat stays hidden.`);
        this.host.remove();
        return;
      }
      this.renderLoadError();
      return;
    }
    this.state.language = this.initialLanguage(this.config);
    this.applyBranding(this.config);
    this.render();
    if (this.options.inline || this.options.open || this.state.open) this.open(false);
    this.emit('ready', { language: this.state.language });
  }

  open(moveFocus = true): void {
    if (!this.panel) return;
    this.panel.hidden = false;
    this.root.classList.add('open');
    this.launcher?.setAttribute('aria-expanded', 'true');
    this.setOpen(true);
    this.scrollToEnd();
    if (moveFocus) this.input?.focus();
    this.emit('open', {});
  }

  close(): void {
    if (this.options.inline || !this.panel) return;
    this.panel.hidden = true;
    this.root.classList.remove('open');
    this.launcher?.setAttribute('aria-expanded', 'false');
    this.setOpen(false);
    this.launcher?.focus();
    this.emit('close', {});
  }

  toggle(): void {
    if (this.panel?.hidden === false && !this.options.inline) this.close();
    else this.open();
  }

  setLanguage(code: string): void {
    if (!this.config?.languages.some((l) => l.code === code) || code === this.state.language) return;
    this.state.language = code;
    this.save();
    const hadFocus = this.shadow.activeElement;
    this.render();
    if (hadFocus?.tagName === 'SELECT') this.shadow.querySelector('select')?.focus();
    this.emit('language', { language: code });
  }

  newConversation(): void {
    this.state = { language: this.state.language, messages: [], draft: '', open: this.state.open };
    this.save();
    this.render();
    this.input?.focus();
  }

  on(event: WidgetEvent, listener: Listener): () => void {
    if (!this.listeners.has(event)) this.listeners.set(event, new Set());
    this.listeners.get(event)!.add(listener);
    return () => this.listeners.get(event)?.delete(listener);
  }

  private emit(event: WidgetEvent, detail: Record<string, unknown>): void {
    this.listeners.get(event)?.forEach((listener) => listener(detail));
    this.host.dispatchEvent(new CustomEvent(`lotse:${event}`, { detail, bubbles: true }));
  }

  private initialLanguage(config: TenantConfig): string {
    const offered = config.languages.map((l) => l.code).filter(hasLocale);
    if (offered.includes(this.state.language)) return this.state.language;
    if (this.options.language && offered.includes(this.options.language)) return this.options.language;
    return pickLanguage(navigator.languages ?? [navigator.language], offered, config.defaultLanguage);
  }

  private applyBranding(config: TenantConfig): void {
    const style = this.root.style;
    style.setProperty('--primary', readableOn(config.branding?.primaryColor, '#1d4f91', '#ffffff'));
    // Links sit on the light grey of the bot's messages; focus rings need 3:1 against white.
    style.setProperty('--link', readableOn(config.branding?.accentColor, '#0b6bcb', '#f1f3f5'));
    style.setProperty('--focus', readableOn(config.branding?.accentColor, '#0b6bcb', '#ffffff', 3));
  }

  private context(): RenderContext {
    const config = this.config!;
    return {
      ui: this.state.language,
      botName: config.botName,
      officeLanguage: config.defaultLanguage,
      languages: config.languages,
      onSuggestion: (title) => this.ask(title),
      onRate: (message, helpful) => this.rate(message, helpful),
      onComment: (message, comment) => this.comment(message, comment),
      onRetry: (message) => this.retry(message),
    };
  }

  /** Builds launcher and panel anew (at start, on a language change, for a new conversation). */
  private render(): void {
    const config = this.config!;
    const ctx = this.context();
    const ui = this.state.language;
    const wasOpen = this.panel ? !this.panel.hidden : false;
    this.root.lang = langTag(ui);
    this.root.dir = directionOf(ui);
    this.root.replaceChildren();

    if (!this.options.inline) {
      this.launcher = h(
        'button',
        {
          type: 'button',
          class: 'launcher',
          part: 'launcher',
          'aria-expanded': String(wasOpen),
          'aria-controls': 'lotse-panel',
          onclick: () => this.toggle(),
        },
        icon(ICONS.chat),
        h('span', {}, t(ctx, 'launcher')),
      );
      this.root.append(this.launcher);
    }

    const titleId = 'lotse-title';
    const header = h(
      'div',
      { class: 'header', part: 'header' },
      safeLogo(config.branding?.logoUrl, this.options.apiBase),
      h('div', { class: 'titles' }, h('h2', { id: titleId }, config.botName), h('p', {}, config.displayName)),
      this.options.inline
        ? null
        : h(
            'button',
            {
              type: 'button',
              class: 'icon-button',
              'aria-label': t(ctx, 'close'),
              title: t(ctx, 'close'),
              onclick: () => this.close(),
            },
            icon(ICONS.close),
          ),
    );

    const select = h(
      'select',
      { onchange: (event: Event) => this.setLanguage((event.target as HTMLSelectElement).value) },
      ...config.languages
        .filter((l) => hasLocale(l.code))
        .map((l) => {
          const option = h('option', { value: l.code, lang: langTag(l.code), dir: l.dir }, l.name);
          option.selected = l.code === ui;
          return option;
        }),
    );
    const toolbar = h(
      'div',
      { class: 'toolbar' },
      h('label', {}, t(ctx, 'language'), select),
      h(
        'button',
        { type: 'button', class: 'text-button', onclick: () => this.newConversation() },
        icon(ICONS.restart),
        t(ctx, 'newChat'),
      ),
    );

    // role="log" is a polite live region: each new message is read out once it is added.
    this.log = h('div', { class: 'log', role: 'log', 'aria-live': 'off', 'aria-labelledby': titleId, tabindex: 0 });
    this.log.append(renderGreeting(ctx, config.greetings?.[ui]));
    for (const message of this.state.messages) this.log.append(this.renderMessage(ctx, message));

    this.typing = h(
      'div',
      { class: 'typing', role: 'status', hidden: true },
      h('span', { class: 'dots', 'aria-hidden': 'true' }, h('i'), h('i'), h('i')),
      h('span', {}, t(ctx, 'typing')),
    );
    const inputId = 'lotse-input';
    this.input = h('textarea', {
      id: inputId,
      rows: 1,
      maxlength: MAX_QUESTION_LENGTH,
      placeholder: t(ctx, 'placeholder'),
      autocomplete: 'off',
      dir: 'auto',
      oninput: () => this.onInput(),
      onkeydown: (event: Event) => this.onInputKey(event as KeyboardEvent),
    });
    this.input.value = this.state.draft;
    const composer = h(
      'form',
      {
        class: 'composer',
        onsubmit: (event: Event) => {
          event.preventDefault();
          this.submitInput();
        },
      },
      h('label', { for: inputId, class: 'sr-only' }, t(ctx, 'inputLabel')),
      this.input,
      h(
        'button',
        { type: 'submit', class: 'send', 'aria-label': t(ctx, 'send'), title: t(ctx, 'send') },
        icon(ICONS.send),
      ),
    );

    const footer = h(
      'div',
      { class: 'footer' },
      h('p', {}, t(ctx, 'privacyHint'), ' ', privacyLink(ctx, config.privacyUrl)),
    );
    if (config.handoff && Object.values(config.handoff).some(Boolean)) {
      footer.append(h('details', {}, h('summary', {}, t(ctx, 'contact')), renderContacts(ctx, config.handoff)));
    }

    this.panel = h(
      'section',
      {
        id: 'lotse-panel',
        class: 'panel',
        part: 'panel',
        ...(this.options.inline
          ? { role: 'region', 'aria-labelledby': titleId }
          : { role: 'dialog', 'aria-modal': 'false', 'aria-labelledby': titleId }),
        hidden: !this.options.inline && !wasOpen,
        onkeydown: (event: Event) => {
          if ((event as KeyboardEvent).key === 'Escape' && !this.options.inline) {
            event.stopPropagation();
            this.close();
          }
        },
      },
      header,
      toolbar,
      this.log,
      this.typing,
      composer,
      footer,
    );
    this.root.append(this.panel);
    this.resizeInput();
    // The messages already there are not news; only what is added from now on is announced.
    const log = this.log;
    setTimeout(() => log.setAttribute('aria-live', 'polite'), 0);
  }

  private renderMessage(ctx: RenderContext, message: UserMessage | BotMessage): HTMLElement {
    return message.role === 'user' ? renderUserMessage(ctx, message) : renderBotMessage(ctx, message);
  }

  private renderLoadError(): void {
    const ui = pickLanguage(navigator.languages ?? [navigator.language], Object.keys(LOCALES), 'de');
    this.root.lang = langTag(ui);
    this.root.dir = directionOf(ui);
    const panel = h(
      'section',
      { class: 'panel load-error', role: 'region', 'aria-label': text(ui, 'loadFailed') },
      h('p', { role: 'alert' }, text(ui, 'loadFailed')),
      h('button', { type: 'button', class: 'retry', onclick: () => void this.start() }, text(ui, 'reload')),
    );
    this.root.replaceChildren(panel);
    if (this.options.inline) return;
    panel.hidden = true;
    const launcher: HTMLButtonElement = h(
      'button',
      {
        type: 'button',
        class: 'launcher',
        'aria-expanded': 'false',
        onclick: () => {
          panel.hidden = !panel.hidden;
          launcher.setAttribute('aria-expanded', String(!panel.hidden));
        },
      },
      icon(ICONS.chat),
      h('span', {}, text(ui, 'launcher')),
    );
    this.root.prepend(launcher);
  }

  private onInput(): void {
    this.state.draft = this.input!.value;
    this.resizeInput();
    this.save();
  }

  private onInputKey(event: KeyboardEvent): void {
    // Enter sends, Shift+Enter starts a new line; not while an input method is composing.
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      this.submitInput();
    }
  }

  private resizeInput(): void {
    const input = this.input;
    if (!input) return;
    input.style.height = 'auto';
    if (input.scrollHeight) input.style.height = `${input.scrollHeight + 2}px`;
  }

  private submitInput(): void {
    const question = this.input!.value.trim();
    // While a reply is pending, the text stays in the field: nothing typed gets lost.
    if (!question || this.busy) return;
    this.input!.value = '';
    this.state.draft = '';
    this.resizeInput();
    this.ask(question);
  }

  private ask(question: string): void {
    if (this.busy) return;
    const message: UserMessage = {
      id: localId(),
      role: 'user',
      text: question.slice(0, MAX_QUESTION_LENGTH),
      language: this.state.language,
      status: 'sending',
    };
    this.state.messages.push(message);
    this.save();
    this.log!.append(this.renderMessage(this.context(), message));
    this.scrollToEnd();
    this.input?.focus();
    void this.deliver(message);
  }

  private retry(message: UserMessage): void {
    if (this.busy) return;
    message.status = 'sending';
    delete message.failure;
    this.replace(message);
    this.input?.focus();
    void this.deliver(message);
  }

  private async deliver(message: UserMessage): Promise<void> {
    this.busy = true;
    this.typing!.hidden = false;
    this.scrollToEnd();
    try {
      const reply = await this.api.ask(message.text, message.language, this.state.conversationId);
      message.status = 'sent';
      this.state.conversationId = reply.conversationId;
      const answer: BotMessage = { id: reply.messageId, role: 'bot', reply };
      this.state.messages.push(answer);
      const node = this.renderMessage(this.context(), answer);
      this.log!.append(node);
      this.scrollToStartOf(node);
      this.emit('message', { type: reply.type, entryKey: reply.entryKey ?? null, language: reply.language });
    } catch (failure) {
      message.status = 'failed';
      message.failure = failure instanceof ApiFailure ? failure.kind : 'server';
      message.retryAfterSeconds = failure instanceof ApiFailure ? failure.retryAfterSeconds : undefined;
      this.replace(message);
      this.scrollToEnd();
    } finally {
      this.busy = false;
      this.typing!.hidden = true;
      this.save();
    }
  }

  private async rate(message: BotMessage, helpful: boolean): Promise<void> {
    const previous = message.rating;
    message.rating = helpful ? 'helpful' : 'unhelpful';
    this.replaceFeedback(message);
    try {
      await this.api.rate(message.id, helpful);
      this.save();
    } catch {
      message.rating = previous;
      this.replaceFeedback(message, true);
    }
  }

  private async comment(message: BotMessage, comment: string): Promise<void> {
    try {
      await this.api.rate(message.id, message.rating !== 'unhelpful', comment);
      message.commented = true;
      this.save();
      this.replaceFeedback(message);
    } catch {
      // Keep the form as it is, so the comment typed is not lost; just say it failed.
      const box = this.feedbackOf(message);
      box?.querySelector('.error')?.remove();
      box?.append(h('p', { class: 'error', role: 'alert' }, t(this.context(), 'server')));
    }
  }

  private feedbackOf(message: BotMessage): Element | null | undefined {
    return this.log?.querySelector(`[data-id="${message.id}"] .feedback`);
  }

  /** Swaps a message's feedback part in place, keeping focus on the same rating button. */
  private replaceFeedback(message: BotMessage, failed = false): void {
    const old = this.feedbackOf(message);
    if (!old) return;
    const focused = this.shadow.activeElement;
    const focusIndex = [...old.querySelectorAll('button')].indexOf(focused as HTMLButtonElement);
    const ctx = this.context();
    const fresh = renderBotMessage(ctx, message).querySelector('.feedback')!;
    if (failed) fresh.append(h('p', { class: 'error', role: 'alert' }, t(ctx, 'server')));
    old.replaceWith(fresh);
    const sameButton = focusIndex >= 0 ? fresh.querySelectorAll('button')[focusIndex] : undefined;
    if (sameButton) sameButton.focus();
    else if (focused && old.contains(focused)) fresh.querySelector<HTMLElement>('.thanks')?.focus();
  }

  private replace(message: UserMessage): void {
    const old = this.log?.querySelector(`[data-id="${message.id}"]`);
    old?.replaceWith(this.renderMessage(this.context(), message));
  }

  private scrollToEnd(): void {
    if (this.log) this.log.scrollTop = this.log.scrollHeight;
  }

  /** Long answers are read from their start, not scrolled past; with the question if it fits. */
  private scrollToStartOf(node: HTMLElement): void {
    const log = this.log;
    if (!log) return;
    const question = node.previousElementSibling as HTMLElement | null;
    const top = question && node.offsetTop - question.offsetTop < log.clientHeight / 3 ? question : node;
    log.scrollTop = top.offsetTop - log.offsetTop - 8;
  }

  private setOpen(open: boolean): void {
    this.state.open = open;
    this.save();
  }

  private save(): void {
    this.store.save(this.state);
  }
}

function addStyles(shadow: ShadowRoot): void {
  // A constructed stylesheet is not subject to the host page's CSP style-src; a <style> element
  // is the fallback for browsers without adoptedStyleSheets.
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    shadow.adoptedStyleSheets = [sheet];
  } catch {
    shadow.append(h('style', {}, css));
  }
}

function safeLogo(url: string | null | undefined, apiBase: string): HTMLImageElement | null {
  if (!url) return null;
  const absolute = url.startsWith('/') ? apiBase.replace(/\/+$/, '') + url : url;
  if (!/^https:\/\//i.test(absolute) && !absolute.startsWith(apiBase)) return null;
  return h('img', { src: absolute, alt: '', part: 'logo' });
}

function privacyLink(ctx: RenderContext, url: string | null | undefined): HTMLElement | string {
  if (!url || !/^https?:\/\//i.test(url)) return '';
  return h(
    'a',
    { href: url, target: '_blank', rel: 'noopener noreferrer' },
    t(ctx, 'privacy'),
    srOnly(` ${t(ctx, 'newWindow')}`),
  );
}
