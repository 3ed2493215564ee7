import WebSocket from 'ws';
import { GraphqlResponse } from './test-app';

/** What the server sends in the graphql-transport-ws protocol (the one Mercurius speaks). */
type ServerMessage =
  | { type: 'connection_ack' | 'ping' | 'pong' }
  | { type: 'connection_error'; payload?: { message?: string } }
  | { type: 'next'; id: string; payload: GraphqlResponse }
  | { type: 'error'; id: string; payload: Array<{ message: string }> }
  | { type: 'complete'; id: string };

const DEFAULT_WAIT_MS = 10_000;

/** One subscription's results, in arrival order. */
export interface GraphqlSubscription<T> {
  /** The next result the server pushes; fails when none arrives within `timeoutMs`. */
  next(timeoutMs?: number): Promise<GraphqlResponse<T>>;
  /** Tells the server to stop sending. */
  stop(): void;
}

interface Waiter<T> {
  resolve(value: T): void;
  reject(error: Error): void;
}

class Results<T> implements GraphqlSubscription<T> {
  private readonly arrived: GraphqlResponse<T>[] = [];
  private waiter: Waiter<GraphqlResponse<T>> | undefined;
  private ended: string | undefined;

  constructor(
    readonly id: string,
    private readonly send: (message: object) => void,
  ) {}

  push(result: GraphqlResponse<T>) {
    if (this.waiter) this.waiter.resolve(result);
    else this.arrived.push(result);
  }

  /** Nothing more will arrive; what arrived before can still be read. */
  end(reason: string) {
    this.ended ??= reason;
    this.waiter?.reject(this.endedError());
  }

  next(timeoutMs = DEFAULT_WAIT_MS): Promise<GraphqlResponse<T>> {
    const ready = this.arrived.shift();
    if (ready) return Promise.resolve(ready);
    if (this.ended) return Promise.reject(this.endedError());
    return new Promise((resolve, reject) => {
      const settle = () => {
        clearTimeout(timer);
        this.waiter = undefined;
      };
      const timer = setTimeout(() => {
        settle();
        reject(new Error(`subscription ${this.id}: nothing arrived within ${timeoutMs} ms`));
      }, timeoutMs);
      this.waiter = {
        resolve(result) {
          settle();
          resolve(result);
        },
        reject(error) {
          settle();
          reject(error);
        },
      };
    });
  }

  stop() {
    this.send({ id: this.id, type: 'complete' });
    this.end('stopped by the client');
  }

  private endedError() {
    return new Error(`subscription ${this.id} has ended: ${this.ended}`);
  }
}

/**
 * A GraphQL-over-WebSocket client for e2e tests of subscriptions against the real server:
 *
 *   const ws = await GraphqlWsClient.connect(t.url);
 *   const published = await ws.subscribe(`subscription { bulletinPublished { day } }`);
 *   await t.ok(PUBLISH, ...);
 *   expect((await published.next()).data).toEqual(...);
 *   await ws.close();
 *
 * `subscribe` resolves once the server listens, so whatever the test does next is seen.
 */
export class GraphqlWsClient {
  private readonly subscriptions = new Map<string, Results<unknown>>();
  private readonly pongs: Array<Waiter<void>> = [];
  private lastId = 0;

  private constructor(private readonly socket: WebSocket) {
    socket.on('message', (raw) => this.receive(JSON.parse(raw.toString()) as ServerMessage));
    socket.on('error', (error) => this.closed(error.message));
    socket.on('close', (code) => this.closed(`the connection closed (code ${code})`));
  }

  /** Opens the websocket on the GraphQL endpoint (the http URL of TestApp) and waits for the server's acknowledgement. */
  static connect(httpUrl: string, headers: Record<string, string> = {}): Promise<GraphqlWsClient> {
    const socket = new WebSocket(httpUrl.replace(/^http/, 'ws'), 'graphql-transport-ws');
    return new Promise((resolve, reject) => {
      const fail = (reason: string) => reject(new Error(`GraphQL websocket to ${httpUrl}: ${reason}`));
      socket.once('error', (error) => fail(error.message));
      socket.once('close', (code) => fail(`closed with code ${code} before the connection was acknowledged`));
      socket.once('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: { headers } })));
      socket.once('message', (raw) => {
        const message = JSON.parse(raw.toString()) as ServerMessage;
        if (message.type !== 'connection_ack') return fail(`expected connection_ack, got ${raw.toString()}`);
        socket.removeAllListeners();
        resolve(new GraphqlWsClient(socket));
      });
    });
  }

  /**
   * Starts a subscription. Mercurius reads a connection's messages in order and starts a
   * subscription without waiting on any I/O, so once it has answered a ping sent after the
   * subscribe message, the subscription is listening: an event the test causes next reaches it.
   */
  async subscribe<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<GraphqlSubscription<T>> {
    const id = String(++this.lastId);
    const results = new Results<T>(id, (message) => this.send(message));
    this.subscriptions.set(id, results as Results<unknown>);
    this.send({ id, type: 'subscribe', payload: { query, variables } });
    await this.ping();
    return results;
  }

  close(): Promise<void> {
    if (this.socket.readyState === WebSocket.CLOSED) return Promise.resolve();
    return new Promise((resolve) => {
      this.socket.once('close', () => resolve());
      this.socket.close();
    });
  }

  private ping(): Promise<void> {
    return new Promise((resolve, reject) => {
      this.pongs.push({ resolve, reject });
      this.send({ type: 'ping' });
    });
  }

  private closed(reason: string) {
    for (const results of this.subscriptions.values()) results.end(reason);
    for (const pong of this.pongs.splice(0)) pong.reject(new Error(`no pong: ${reason}`));
  }

  private send(message: object) {
    this.socket.send(JSON.stringify(message));
  }

  private receive(message: ServerMessage) {
    switch (message.type) {
      case 'ping':
        return this.send({ type: 'pong' });
      case 'pong':
        return this.pongs.shift()?.resolve();
      case 'next':
        return this.subscriptions.get(message.id)?.push(message.payload);
      case 'error': {
        // An error ends the subscription in this protocol.
        const results = this.subscriptions.get(message.id);
        results?.push({ errors: message.payload });
        return results?.end('the server reported an error');
      }
      case 'complete':
        return this.subscriptions.get(message.id)?.end('the server completed the subscription');
    }
  }
}
