import { createClient, type Client } from 'graphql-ws';
import type { TypedDocumentString } from '../gql/graphql';
import { returnToSignIn } from '../auth/expiry';
import { sessionExpired, storedToken } from '../auth/session';

interface GraphqlError {
  message: string;
  extensions?: { code?: string };
}

/** A refusal or failure as the screens show it: the service's Chinese message (before " / "), and its code. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string | null,
  ) {
    super(message);
  }
}

/** The service answers "中文 / English"; officers read the Chinese half. */
const chineseOf = (message: string) => message.split(' / ')[0];

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
  if (error) throw new ApiError(chineseOf(error.message), error.extensions?.code ?? null);
  if (!response.ok || !body?.data) throw new ApiError(`考评服务暂时无法应答（${response.status}），请稍后重试。`, null);
  return body.data;
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

/** Signing out closes the socket, which carried the old token. */
export function closeSubscriptions(): void {
  void socket?.dispose();
  socket = null;
}
