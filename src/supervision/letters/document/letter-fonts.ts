import { readFileSync } from 'node:fs';

/** The CJK faces the PDF embeds; each document carries only the glyphs it uses (a subset). */
export interface LetterFonts {
  regular: Buffer;
  bold: Buffer;
}

/** Noto Sans SC (思源黑体, SIL Open Font License 1.1) as static TrueType files from its npm package. */
const FONT_PACKAGE = '@expo-google-fonts/noto-sans-sc';

export function loadLetterFonts(): LetterFonts {
  const read = (file: string) => readFileSync(require.resolve(`${FONT_PACKAGE}/${file}`));
  return { regular: read('400Regular/NotoSansSC_400Regular.ttf'), bold: read('700Bold/NotoSansSC_700Bold.ttf') };
}
