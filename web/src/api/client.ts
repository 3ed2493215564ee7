import { createClient, type Client } from 'graphql-ws';
import type { TypedDocumentString } from '../gql/graphql';
import { returnToSignIn } from '../auth/expiry';
import { sessionExpired, storedToken } from '../auth/session';

interface GraphqlError {
  message: string;
  extensions?: { code?: string; problems?: FieldProblem[] };
}

/** A field the service found wrong ("input.loss", "deadline") and why, in Chinese. */
export interface FieldProblem {
  field: string;
  problem: string;
}

/** A refusal or failure as the screens show it: the service's Chinese message (before " / "), and its code. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string | null,
    readonly problems: FieldProblem[] = [],
  ) {
    super(message);
  }
}

/** What a screen says when a request failed: the service's Chinese message, or the screen's own words. */
export const failureText = (error: unknown, fallback: string): string => (error instanceof ApiError ? error.message : fallback);

/** The service answers "中文 / English"; officers read the Chinese half. */
const chineseOf = (message: string) => message.split(' / ')[0];

/**
 * A refusal shown beside the fields of a form it names: each of `fields` the service found wrong
 * (by the last part of its path, "input.loss" → loss), with the Chinese of why. A refusal that
 * lists no problems (a value of the wrong type) is put beside a field its message names. Empty when
 * it names none of them: the screen shows it above the form.
 */
export function fieldErrors(error: unknown, fields: readonly string[]): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  const named = error.problems.length
    ? error.problems
    : fields
        .filter((f) => new RegExp(`(^|[^\\w.])(input\\.)?${f}\\b`).test(error.message))
        .map((field) => ({ field, problem: error.message }));
  const found: Record<string, string> = {};
  for (const { field, problem } of named) {
    const name = field.split('.').pop() ?? field;
    if (fields.includes(name)) found[name] ??= chineseOf(problem);
  }
  return found;
}

const authorization = (): Record<string, string> => {
  const token = storedToken();
  return token ? { authorization: `Bearer ${token}` } : {};
};

/** One query or mutation over HTTP; an expired or refused token returns to sign-in, never a blank page. */
export async function request<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables?: TVariables,
): Promise<TResult> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...authorization() },
      body: JSON.stringify({ query: document.toString(), variables }),
    });
  } catch {
    throw new ApiError('无法连接考评服务，请检查网络后重试。', 'NETWORK');
  }
  const body = (await response.json().catch(() => null)) as { data?: TResult; errors?: GraphqlError[] } | null;
  const error = body?.errors?.[0];
  if (response.status === 401 || error?.extensions?.code === 'UNAUTHENTICATED') {
    returnToSignIn(sessionExpired() ? 'expired' : 'refused');
    throw new ApiError(chineseOf(error?.message ?? '请重新登录。'), 'UNAUTHENTICATED');
  }
  if (error) throw new ApiError(chineseOf(error.message), error.extensions?.code ?? null, error.extensions?.problems ?? []);
  if (!response.ok || !body?.data) throw new ApiError(`考评服务暂时无法应答（${response.status}），请稍后重试。`, null);
  return body.data;
}

/**
 * A request outside GraphQL (a document, an export, an upload) with the officer's token; an expired
 * or refused token returns to sign-in, and refusals come back in Chinese, as queries' do.
 */
async function send(path: string, init: RequestInit, fallback: string): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(path, { ...init, headers: { ...(init.headers as Record<string, string> | undefined), ...authorization() } });
  } catch {
    throw new ApiError('无法连接考评服务，请检查网络后重试。', 'NETWORK');
  }
  if (response.status === 401) {
    returnToSignIn(sessionExpired() ? 'expired' : 'refused');
    throw new ApiError('请重新登录。', 'UNAUTHENTICATED');
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { message?: unknown } | null;
    const message = typeof body?.message === 'string' ? chineseOf(body.message) : `${fallback}（${response.status}），请稍后重试。`;
    throw new ApiError(message, String(response.status));
  }
  return response;
}

/** A document or file the service serves outside GraphQL (a letter's page, an export), fetched with the officer's token. */
export const fetchDocument = (path: string): Promise<Response> => send(path, {}, '考评服务暂时无法提供该文件');

/**
 * A file sent as the request's body (application/octet-stream), as the service takes an import's
 * upload; its answer (JSON) back, or its refusal in Chinese (a wrong type, an empty or unreadable file).
 */
export async function uploadFile<T>(path: string, file: Blob): Promise<T> {
  const response = await send(
    path,
    { method: 'POST', headers: { 'content-type': 'application/octet-stream' }, body: file },
    '考评服务暂时无法接收该文件',
  );
  return (await response.json()) as T;
}

/** A file the service makes (an export, a PDF), saved under the name the service gives it (its Chinese name). */
export async function download(path: string): Promise<void> {
  const response = await fetchDocument(path);
  const name = /filename\*=UTF-8''([^;]+)/.exec(response.headers.get('content-disposition') ?? '')?.[1];
  const url = URL.createObjectURL(await response.blob());
  const link = Object.assign(document.createElement('a'), { href: url, download: name ? decodeURIComponent(name) : 'download' });
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the file once the click is handled.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Downloads the file; the reason in Chinese when it could not be, null when it was. */
export async function downloadFailure(path: string, fallback: string): Promise<string | null> {
  try {
    await download(path);
    return null;
  } catch (error) {
    return failureText(error, fallback);
  }
}

let socket: Client | null = null;

function subscriptions(): Client {
  socket ??= createClient({
    url: `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`,
    connectionParams: () => authorization(),
    lazy: true,
    retryAttempts: Infinity,
  });
  return socket;
}

/** Pushes of a subscription until the returned function is called. */
export function subscribe<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  next: (data: TResult) => void,
): () => void {
  return subscriptions().subscribe<TResult>(
    { query: document.toString(), variables: variables as Record<string, unknown> },
    {
      next: ({ data }) => data && next(data),
      error: () => undefined,
      complete: () => undefined,
    },
  );
}

const closeListeners = new Set<() => void>();

/** Called each time the session's subscriptions are closed (sign-out, another officer's link), so what they fed can start again. */
export function whenSubscriptionsClose(listener: () => void): void {
  closeListeners.add(listener);
}

/** Signing out closes the socket, which carried the old token. */
export function closeSubscriptions(): void {
  void socket?.dispose();
  socket = null;
  for (const listener of closeListeners) listener();
}
