import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Browser } from 'playwright-core';
import { launchBrowser as launch } from '../../src/cli/bench/browser';

/** Where the screenshots go, for someone to look at. */
export const SCREENSHOTS = join(__dirname, '..', '..', '.tmp', 'screenshots');

export async function launchBrowser(): Promise<Browser> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return launch();
}
