/**
 * A Content-Disposition naming a download twice (RFC 6266 / 5987): an ASCII name for old clients and
 * the Chinese one officers see, e.g. `ranking-2026-11.xlsx` and `三级六长排名2026年11月.xlsx`.
 */
export function contentDisposition(type: 'inline' | 'attachment', asciiName: string, chineseName: string): string {
  const encoded = encodeURIComponent(chineseName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${type}; filename="${asciiName}"; filename*=UTF-8''${encoded}`;
}
