import { Presets, SingleBar } from 'cli-progress';

export interface ProgressReporter {
  update(done: number, total: number): void;
  stop(): void;
}

export interface ProgressBarOptions {
  stream?: NodeJS.WritableStream & { isTTY?: boolean };
  /** Least time between two plain lines when the stream is not a terminal. */
  intervalMs?: number;
  /** What is counted, for the speed: "events" (the default) or, say, "rows". */
  unit?: string;
}

/**
 * Progress of a long replay: a live bar with speed and ETA on a terminal, and plain lines every few
 * seconds otherwise, since redrawn bars turn into noise in log files and CI output.
 */
export function progressBar(label: string, options: ProgressBarOptions = {}): ProgressReporter {
  const stream = options.stream ?? process.stdout;
  const started = Date.now();
  const speed = (done: number) => {
    const seconds = (Date.now() - started) / 1000;
    return seconds > 0 ? Math.round(done / seconds) : 0;
  };
  const unit = options.unit ?? 'events';
  return stream.isTTY ? terminalBar(label, stream, speed, unit) : plainLines(label, stream, speed, options.intervalMs ?? 5000, unit);
}

function terminalBar(label: string, stream: NodeJS.WritableStream, speed: (done: number) => number, unit: string): ProgressReporter {
  const bar = new SingleBar(
    { stream, format: `${label} [{bar}] {percentage}% | {value}/{total} | {speed} ${unit}/s | ETA {eta_formatted}`, hideCursor: true },
    Presets.shades_classic,
  );
  let shown = false;
  return {
    update(done, total) {
      // Appends during a replay can carry it past the head it started from.
      const end = Math.max(total, done);
      if (!shown) {
        bar.start(end, done, { speed: speed(done) });
        shown = true;
        return;
      }
      bar.setTotal(end);
      bar.update(done, { speed: speed(done) });
    },
    stop() {
      if (shown) bar.stop();
    },
  };
}

function plainLines(
  label: string,
  stream: NodeJS.WritableStream,
  speed: (done: number) => number,
  intervalMs: number,
  unit: string,
): ProgressReporter {
  let lastLine = -Infinity;
  let latest: { done: number; total: number } | undefined;
  const write = ({ done, total }: { done: number; total: number }) => {
    const end = Math.max(total, done);
    const rate = speed(done);
    const percent = end > 0 ? Math.floor((done * 100) / end) : 100;
    const eta = rate > 0 ? formatSeconds((end - done) / rate) : '?';
    stream.write(`${label}: ${done}/${end} (${percent}%) ${rate} ${unit}/s, ETA ${eta}\n`);
  };
  return {
    update(done, total) {
      latest = { done, total };
      if (Date.now() - lastLine < intervalMs) return;
      lastLine = Date.now();
      write(latest);
    },
    stop() {
      if (latest) write(latest);
    },
  };
}

function formatSeconds(seconds: number): string {
  const whole = Math.ceil(seconds);
  return whole >= 60 ? `${Math.floor(whole / 60)}m${String(whole % 60).padStart(2, '0')}s` : `${whole}s`;
}
