/** Which supported language a text is written in, by the script most of its letters use. */
import type { Language } from '../model/report.js';

/** Share of letters a script must hold to call the text written in it. */
const DOMINANCE = 0.5;
/** The opening of a text tells its script as well as the whole of it. */
const SAMPLE_CHARS = 600;
const LETTER = /\p{L}/u;
const ARABIC = /\p{Script=Arabic}/u;
const LATIN = /\p{Script=Latin}/u;
const scripts = new Map<string, 'arabic' | 'latin' | 'other' | null>();

/** The script of a letter (null for anything else), each character classified once. */
function scriptOf(ch: string): 'arabic' | 'latin' | 'other' | null {
  let script = scripts.get(ch);
  if (script === undefined) {
    script = !LETTER.test(ch) ? null : ARABIC.test(ch) ? 'arabic' : LATIN.test(ch) ? 'latin' : 'other';
    scripts.set(ch, script);
  }
  return script;
}

/** 'ar' or 'en' when Arabic or Latin letters dominate, null otherwise (or without letters). */
export function detectLanguage(whole: string): Language | null {
  const counts = { letters: 0, arabic: 0, latin: 0 };
  for (const ch of whole.slice(0, SAMPLE_CHARS)) {
    const script = scriptOf(ch);
    if (script === null) continue;
    counts.letters++;
    if (script === 'arabic') counts.arabic++;
    else if (script === 'latin') counts.latin++;
  }
  const { letters, arabic, latin } = counts;
  if (letters === 0) return null;
  if (arabic / letters >= DOMINANCE) return 'ar';
  if (latin / letters >= DOMINANCE) return 'en';
  return null;
}
