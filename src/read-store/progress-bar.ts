import { Presets, SingleBar } from 'cli-progress';

export interface ProgressReporter {
  /** `total` undefined: not known yet (an XLSX file's rows); the count and speed are shown without a bar. */
  update(done: number, total: number | undefined): void;
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
  let bar: SingleBar | undefined;
  return {
    update(done, total) {
      if (!bar) {
        const format =
          total === undefined
            ? `${label} {value} ${unit} | {speed} ${unit}/s`
            : `${label} [{bar}] {percentage}% | {value}/{total} | {speed} ${unit}/s | ETA {eta_formatted}`;
        bar = new SingleBar({ stream, format, hideCursor: true }, Presets.shades_classic);
        bar.start(Math.max(total ?? done, done), done, { speed: speed(done) });
        return;
      }
      // Appends during a replay can carry it past the head it started from.
      bar.setTotal(Math.max(total ?? done, done));
      bar.update(done, { speed: speed(done) });
    },
    stop() {
      bar?.stop();
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
  let latest: { done: number; total: number | undefined } | undefined;
  const write = ({ done, total }: { done: number; total: number | undefined }) => {
    const rate = speed(done);
    if (total === undefined) return void stream.write(`${label}: ${done} ${unit}, ${rate} ${unit}/s\n`);
    const end = Math.max(total, done);
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
