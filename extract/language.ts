/** Which supported language a text is written in, by the script most of its letters use. */
import type { Language } from '../model/report.js';

/** Share of letters a script must hold to call the text written in it. */
const DOMINANCE = 0.5;

/** 'ar' or 'en' when Arabic or Latin letters dominate, null otherwise (or without letters). */
export function detectLanguage(text: string): Language | null {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const arabic = text.match(/\p{Script=Arabic}/gu)?.length ?? 0;
  const latin = text.match(/\p{Script=Latin}/gu)?.length ?? 0;
  if (letters === 0) return null;
  if (arabic / letters >= DOMINANCE) return 'ar';
  if (latin / letters >= DOMINANCE) return 'en';
  return null;
}
