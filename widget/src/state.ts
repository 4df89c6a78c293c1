// The conversation as the widget keeps it: in sessionStorage only, so it survives a reload of the
// office's page but ends with the browser tab. No cookies, nothing stored longer.
import type { ChatReply, FailureKind } from './api';

export interface UserMessage {
  id: string;
  role: 'user';
  text: string;
  language: string;
  status: 'sending' | 'sent' | 'failed';
  failure?: FailureKind;
  retryAfterSeconds?: number;
}

export interface BotMessage {
  id: string;
  role: 'bot';
  reply: ChatReply;
  rating?: 'helpful' | 'unhelpful';
  commented?: boolean;
}

export type Message = UserMessage | BotMessage;

export interface Conversation {
  conversationId?: string;
  language: string;
  messages: Message[];
  draft: string;
  open: boolean;
}

/** Old messages beyond this are dropped from storage (sessionStorage holds a few MB at most). */
const MAX_STORED_MESSAGES = 100;

export class ConversationStore {
  constructor(
    private readonly storage: Storage | null,
    private readonly key: string,
  ) {}

  load(): Conversation | null {
    try {
      const raw = this.storage?.getItem(this.key);
      if (!raw) return null;
      const parsed = JSON.parse(raw) as Conversation;
      if (!parsed || typeof parsed.language !== 'string' || !Array.isArray(parsed.messages)) return null;
      // A question still "sending" when the page unloaded never got its reply: offer to resend it.
      for (const message of parsed.messages) {
        if (message.role === 'user' && message.status === 'sending') {
          message.status = 'failed';
          message.failure = 'offline';
        }
      }
      return { ...parsed, draft: typeof parsed.draft === 'string' ? parsed.draft : '', open: parsed.open === true };
    } catch {
      return null;
    }
  }

  save(conversation: Conversation): void {
    try {
      const messages = conversation.messages.slice(-MAX_STORED_MESSAGES);
      this.storage?.setItem(this.key, JSON.stringify({ ...conversation, messages }));
    } catch {
      // Storage full or blocked (private mode, sandboxed frame): the chat still works without it.
    }
  }
}

/** sessionStorage if the browser lets us use it. */
export function sessionStore(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

let counter = 0;
export function localId(): string {
  counter += 1;
  return `m${Date.now().toString(36)}${counter}`;
}
