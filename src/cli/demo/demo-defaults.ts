import { Day } from '../../common/business-day';

/** The last day the demo simulates by default, and its seed; here so every demo module can import them without a cycle. */
export const DEMO_DEFAULT_UNTIL: Day = '2026-11-20';
export const DEMO_DEFAULT_SEED = 2024;
