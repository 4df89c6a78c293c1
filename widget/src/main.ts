// Entry point of lotse-widget.js. One script tag with data-tenant adds the floating chat; any
// <lotse-chat tenant="…"> element in the page becomes an inline chat. window.LotseWidget is the
// small JS API for the office's page.
import { ChatWidget, type WidgetEvent, type WidgetOptions } from './widget';

export interface LotseWidgetApi {
  open(): void;
  close(): void;
  toggle(): void;
  setLanguage(code: string): void;
  newConversation(): void;
  on(event: WidgetEvent, listener: (detail: Record<string, unknown>) => void): () => void;
}

export interface LotseWidgetGlobal extends LotseWidgetApi {
  /** Renders an inline chat into the element (e.g. for a full "chat page"). */
  mount(element: HTMLElement, options: { tenant: string; language?: string }): LotseWidgetApi;
}

declare global {
  interface Window {
    LotseWidget?: LotseWidgetGlobal;
  }
}

const TAG = 'lotse-chat';
const script = document.currentScript as HTMLScriptElement | null;
// The API lives where the script came from, unless the page says otherwise (development).
const apiBase = script?.dataset.apiBase || (script?.src ? new URL(script.src, location.href).origin : location.origin);

function handle(widget: ChatWidget): LotseWidgetApi {
  return {
    open: () => widget.open(),
    close: () => widget.close(),
    toggle: () => widget.toggle(),
    setLanguage: (code) => widget.setLanguage(code),
    newConversation: () => widget.newConversation(),
    on: (event, listener) => widget.on(event, listener),
  };
}

function start(host: HTMLElement, options: WidgetOptions): ChatWidget {
  const widget = new ChatWidget(host, options);
  void widget.start();
  return widget;
}

class LotseChatElement extends HTMLElement {
  private widget?: ChatWidget;

  connectedCallback(): void {
    const tenant = this.getAttribute('tenant');
    if (this.widget || this.hasAttribute('data-floating') || !tenant) return;
    this.widget = start(this, { tenant, apiBase, inline: true, language: this.getAttribute('language') ?? undefined });
  }
}

function mount(element: HTMLElement, options: { tenant: string; language?: string }): LotseWidgetApi {
  const host = document.createElement(TAG);
  host.setAttribute('data-mounted', '');
  element.replaceChildren(host);
  return handle(start(host, { tenant: options.tenant, apiBase, inline: true, language: options.language }));
}

function floatingWidget(): LotseWidgetApi | null {
  const tenant = script?.dataset.tenant;
  if (!tenant) return null;
  const host = document.createElement(TAG);
  host.setAttribute('data-floating', '');
  const widget = start(host, {
    tenant,
    apiBase,
    language: script?.dataset.language,
    position: script?.dataset.position === 'left' ? 'left' : 'right',
    open: script?.dataset.open === 'true',
  });
  document.body.append(host);
  return handle(widget);
}

function install(): void {
  // The script may be included twice (e.g. by a CMS template and a page): the first one wins.
  if (window.LotseWidget) return;
  const notPresent = () =>
    console.warn('Lotse widget: the script tag has no data-tenant, so there is no floating chat.');
  const primary = floatingWidget();
  window.LotseWidget = {
    open: () => (primary ? primary.open() : notPresent()),
    close: () => primary?.close(),
    toggle: () => (primary ? primary.toggle() : notPresent()),
    setLanguage: (code) => primary?.setLanguage(code),
    newConversation: () => primary?.newConversation(),
    on: (event, listener) => primary?.on(event, listener) ?? (() => undefined),
    mount,
  };
  if (!customElements.get(TAG)) customElements.define(TAG, LotseChatElement);
}

if (document.body) install();
else document.addEventListener('DOMContentLoaded', install, { once: true });
