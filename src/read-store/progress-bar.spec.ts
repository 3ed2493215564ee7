import { PassThrough } from 'node:stream';
import { progressBar } from './progress-bar';

describe('progressBar', () => {
  it('writes plain lines with speed and ETA when the stream is not a terminal', () => {
    const stream = new PassThrough();
    const reporter = progressBar('rebuild totals', { stream, intervalMs: 0 });

    reporter.update(0, 200);
    reporter.update(250, 200);
    reporter.stop();

    const lines = String(stream.read()).trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^rebuild totals: 0\/200 \(0%\) \d+ events\/s, ETA (\?|\d+s)$/);
    expect(lines[1]).toMatch(/^rebuild totals: 250\/250 \(100%\) \d+ events\/s, ETA (\?|0s)$/);
  });

  it('writes at most one line per interval, and the final state on stop', () => {
    const stream = new PassThrough();
    const reporter = progressBar('replay', { stream, intervalMs: 60_000 });

    for (let done = 0; done <= 1000; done += 100) reporter.update(done, 1000);
    reporter.stop();

    const lines = String(stream.read()).trimEnd().split('\n');
    expect(lines.map((line) => line.split(' (')[0])).toEqual(['replay: 0/1000', 'replay: 1000/1000']);
  });

  it('counts without a bar, percentage or time left while the total is unknown, and says nothing if nothing was counted', () => {
    const stream = new PassThrough();
    const reporter = progressBar('导入', { stream, intervalMs: 0, unit: 'rows' });
    reporter.update(1200, undefined);
    reporter.stop();
    expect(String(stream.read()).trimEnd().split('\n')).toEqual([
      expect.stringMatching(/^导入: 1200 rows, \d+ rows\/s$/),
      expect.stringMatching(/^导入: 1200 rows/),
    ]);

    const silent = new PassThrough();
    progressBar('导入', { stream: silent, intervalMs: 0 }).stop();
    expect(silent.read()).toBeNull();
  });
});
