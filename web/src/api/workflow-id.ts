const STAMP = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/**
 * A number for a new 约谈 or 挂牌整治 (the service takes the client's, as the demo's DEMO-YT-1):
 * its prefix, the moment in Beijing time and two random letters, e.g. YT-20261207-093015-K3. Made
 * once when a form opens and sent with the same idempotency key, so a resend records it once.
 */
export function newWorkflowId(prefix: string, now = new Date()): string {
  const parts = Object.fromEntries(STAMP.formatToParts(now).map((p) => [p.type, p.value]));
  const random = Math.random().toString(36).slice(2, 4).toUpperCase();
  return `${prefix}-${parts.year}${parts.month}${parts.day}-${parts.hour}${parts.minute}${parts.second}-${random}`;
}
