// One place that talks to the platform's admin API: adds the access token, turns problem details
// into ApiError, and checks every answer against the call's schema.
import type { z } from 'zod';
import { ApiError, problemSchema } from './problem';

interface ClientHooks {
  /** The current access token, renewed if needed; null when signed out. */
  accessToken(): Promise<string | null>;
  /** Called when the platform refused the token (expired session). */
  onUnauthorized(): void;
}

let hooks: ClientHooks = {
  accessToken: async () => null,
  onUnauthorized: () => undefined,
};

export function configureApiClient(next: ClientHooks): void {
  hooks = next;
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Sent as JSON. */
  json?: unknown;
  /** Sent as multipart/form-data (file uploads). */
  form?: FormData;
  query?: Record<string, string | number | boolean | null | undefined>;
  signal?: AbortSignal;
}

export function withQuery(path: string, query: RequestOptions['query']): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(name, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

async function send(path: string, options: RequestOptions, accept: string): Promise<Response> {
  const headers: Record<string, string> = { Accept: accept };
  const token = await hooks.accessToken();
  if (token) headers.Authorization = `Bearer ${token}`;
  let body: BodyInit | undefined;
  if (options.json !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.json);
  } else if (options.form) {
    body = options.form;
  }
  let response: Response;
  try {
    response = await fetch(withQuery(path, options.query), {
      method: options.method ?? (body ? 'POST' : 'GET'),
      headers,
      body,
      signal: options.signal,
      credentials: 'omit',
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, { type: 'network' });
  }
  if (!response.ok) throw await errorOf(response);
  return response;
}

async function errorOf(response: Response): Promise<ApiError> {
  if (response.status === 401) hooks.onUnauthorized();
  let problem = {};
  try {
    const parsed = problemSchema.safeParse(await response.json());
    if (parsed.success) problem = parsed.data;
  } catch {
    // Not JSON (a proxy's error page): the status alone must do.
  }
  return new ApiError(response.status, problem);
}

/** A call whose answer is JSON of the given shape (or nothing, for 204). */
export async function apiRequest<S extends z.ZodType>(
  path: string,
  schema: S,
  options: RequestOptions = {},
): Promise<z.infer<S>> {
  const response = await send(path, options, 'application/json');
  if (response.status === 204) return schema.parse(undefined);
  return schema.parse(await response.json());
}

/** A call without an answer body. */
export async function apiCommand(path: string, options: RequestOptions = {}): Promise<void> {
  await send(path, options, 'application/json');
}

/** A download: the body as a file, with the name the platform suggests. */
export async function apiDownload(path: string, fallbackName: string): Promise<{ blob: Blob; filename: string }> {
  const response = await send(path, {}, 'application/json');
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const match = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition);
  return { blob: await response.blob(), filename: match ? decodeURIComponent(match[1]) : fallbackName };
}

/**
 * A file upload that reports how much has been sent (fetch cannot): XMLHttpRequest with the same
 * token, error and schema handling as every other call.
 */
export async function apiUpload<S extends z.ZodType>(
  path: string,
  form: FormData,
  schema: S,
  onProgress: (fraction: number) => void,
): Promise<z.infer<S>> {
  const token = await hooks.accessToken();
  const { status, text } = await new Promise<{ status: number; text: string }>((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', path);
    request.setRequestHeader('Accept', 'application/json');
    if (token) request.setRequestHeader('Authorization', `Bearer ${token}`);
    request.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    request.onload = () => resolve({ status: request.status, text: request.responseText });
    request.onerror = () => reject(new ApiError(0, { type: 'network' }));
    request.send(form);
  });
  const body = parseJson(text);
  if (status >= 200 && status < 300) return schema.parse(body);
  if (status === 401) hooks.onUnauthorized();
  const problem = problemSchema.safeParse(body);
  throw new ApiError(status, problem.success ? problem.data : {});
}

function parseJson(text: string): unknown {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
}

/** A page of a list whose total comes in the X-Total-Count header (the body is the array). */
export async function apiPage<S extends z.ZodType>(
  path: string,
  schema: S,
  options: RequestOptions = {},
): Promise<{ items: z.infer<S>; total: number }> {
  const response = await send(path, options, 'application/json');
  const items = schema.parse(await response.json());
  const total = Number.parseInt(response.headers.get('X-Total-Count') ?? '', 10);
  return { items, total: Number.isFinite(total) ? total : Array.isArray(items) ? items.length : 0 };
}
