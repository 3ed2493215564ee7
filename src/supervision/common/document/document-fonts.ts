import { readFileSync } from 'node:fs';

/** The CJK faces a document's PDF embeds; each PDF carries only the glyphs it uses (a subset). */
export interface DocumentFonts {
  /** 正文 (3号仿宋 in GB/T 9704). */
  body: Buffer;
  /** 发文机关标志 and 标题 (小标宋 in GB/T 9704). */
  title: Buffer;
  /** 一、 headings (黑体 in GB/T 9704). */
  heading: Buffer;
}

/**
 * GB/T 9704 sets the body in 仿宋, the title in 小标宋 and first-level headings in 黑体. None of the
 * three is freely licensed, and no 仿宋 face ships in the npm registry as one TrueType file pdfkit
 * can embed (the zhuque-fangsong packages are absent; LXGW WenKai ships only split woff2 subsets).
 * So, all under the SIL Open Font License 1.1, from @expo-google-fonts packages: Noto Serif SC
 * (思源宋体) Regular for the body, its Bold standing in for 小标宋, and Noto Sans SC (思源黑体) Bold
 * for 黑体. The HTML page asks for the reader's own 仿宋 and 小标宋 first.
 */
const SERIF = '@expo-google-fonts/noto-serif-sc';
const SANS = '@expo-google-fonts/noto-sans-sc';

const read = (file: string) => readFileSync(require.resolve(file));

export function loadDocumentFonts(): DocumentFonts {
  return {
    body: read(`${SERIF}/400Regular/NotoSerifSC_400Regular.ttf`),
    title: read(`${SERIF}/700Bold/NotoSerifSC_700Bold.ttf`),
    heading: read(`${SANS}/700Bold/NotoSansSC_700Bold.ttf`),
  };
}

let loaded: DocumentFonts | undefined;

/** Read on the first PDF asked for, then kept for every document of the process (about 40 MB). */
export const documentFonts = (): DocumentFonts => (loaded ??= loadDocumentFonts());
