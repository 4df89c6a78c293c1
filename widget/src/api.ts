// The platform's public chat API, as the widget uses it. No cookies, no credentials: every call
// goes to the platform that served the script, and nowhere else.

export interface LanguageOption {
  code: string;
  name: string;
  dir: 'ltr' | 'rtl';
}

export interface Handoff {
  email?: string | null;
  phone?: string | null;
  address?: string | null;
  openingHours?: string | null;
  appointmentUrl?: string | null;
}

export interface TenantConfig {
  slug: string;
  displayName: string;
  botName: string;
  defaultLanguage: string;
  languages: LanguageOption[];
  greetings: Record<string, string>;
  branding?: { primaryColor?: string | null; accentColor?: string | null; logoUrl?: string | null } | null;
  handoff?: Handoff | null;
  privacyUrl?: string | null;
}

export interface Suggestion {
  entryKey: string;
  title: string;
}

export interface ChatReply {
  messageId: string;
  conversationId: string;
  type: 'answer' | 'clarify' | 'fallback';
  language: string;
  languageFallback: boolean;
  entryKey?: string | null;
  title?: string | null;
  answer?: string | null;
  suggestions?: Suggestion[] | null;
  handoff?: Handoff | null;
}

/** Why a call failed, in the terms the citizen is told about. */
export type FailureKind = 'offline' | 'rateLimited' | 'unavailable' | 'server';

export class ApiFailure extends Error {
  constructor(
    readonly kind: FailureKind,
    readonly retryAfterSeconds?: number,
  ) {
    super(kind);
  }
}

const TIMEOUT_MS = 20_000;

export class ChatApi {
  private readonly base: string;

  constructor(apiBase: string, tenant: string) {
    this.base = `${apiBase.replace(/\/+$/, '')}/api/v1/public/tenants/${encodeURIComponent(tenant)}`;
  }

  config(): Promise<TenantConfig> {
    return this.call('/config', undefined) as Promise<TenantConfig>;
  }

  ask(question: string, language: string, conversationId?: string): Promise<ChatReply> {
    return this.call('/messages', { question, language, conversationId }) as Promise<ChatReply>;
  }

  async rate(messageId: string, helpful: boolean, comment?: string): Promise<void> {
    await this.call(`/messages/${encodeURIComponent(messageId)}/feedback`, { helpful, comment });
  }

  private async call(path: string, body: object | undefined): Promise<unknown> {
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), TIMEOUT_MS);
    let response: Response;
    try {
      response = await fetch(this.base + path, {
        method: body ? 'POST' : 'GET',
        headers: body
          ? { 'Content-Type': 'application/json', Accept: 'application/json' }
          : { Accept: 'application/json' },
        body: body ? JSON.stringify(body) : undefined,
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
        signal: abort.signal,
      });
    } catch {
      throw new ApiFailure('offline');
    } finally {
      clearTimeout(timer);
    }
    if (response.status === 204) return undefined;
    if (response.ok) return response.json();
    throw failureOf(response);
  }
}

export function failureOf(response: Pick<Response, 'status' | 'headers'>): ApiFailure {
  const status = response.status;
  if (status === 429) {
    const seconds = Number.parseInt(response.headers.get('Retry-After') ?? '', 10);
    return new ApiFailure('rateLimited', Number.isFinite(seconds) && seconds > 0 ? seconds : 30);
  }
  // Unknown or switched-off office: nothing the citizen can retry.
  if (status === 403 || status === 404) return new ApiFailure('unavailable');
  return new ApiFailure('server');
}
