/** Where the runner and its parts report progress and failures: the service's Nest logger, or console. */
export interface RunnerLogger {
  log(message: string): void;
  error(message: string, stack?: string): void;
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function stackOf(error: unknown): string | undefined {
  return error instanceof Error ? error.stack : undefined;
}
