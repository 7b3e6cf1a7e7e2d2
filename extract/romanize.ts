/**
 * A journalist's spelling of an Arabic word the name table lacks: consonants
 * from the transliteration table, long vowels read as vowels (ا a, و u, ي i),
 * ة as a, the article as "al-", and the short vowels Arabic leaves unwritten
 * guessed where two consonants would otherwise open or close the word
 * (مجاهد → Mujahid, خواجة → Khawaja, البرعصي → al-Bar'asi).
 */

const ARTICLE = 'ال';
const MARKS = /[\u064B-\u065F\u0670\u0640]/g;
const HAMZA_SEATS = new Set(['أ', 'إ', 'آ', 'ء', 'ئ', 'ؤ']);

interface Sound {
  latin: string;
  vowel: boolean;
  /** A long vowel written as a letter (ا), not a vowel read into a hamza or ع. */
  long?: boolean;
}

/** The Latin spelling of a surface of one or more words, each word capitalized. */
export function romanize(surface: string, table: Record<string, string>): string {
  return surface
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => romanizeWord(word, table))
    .join(' ');
}

function romanizeWord(written: string, table: Record<string, string>): string {
  const word = written.replace(MARKS, '');
  if (!/[\u0600-\u06FF]/.test(word)) return capitalized(word);
  if (word.startsWith(ARTICLE) && word.length > ARTICLE.length + 1)
    return `al-${capitalized(spell(word.slice(ARTICLE.length), table))}`;
  return capitalized(spell(word, table));
}

function spell(word: string, table: Record<string, string>): string {
  return withShortVowels(sounds([...word], table)).join('');
}

/** Each letter as a consonant or a vowel, by its place between the letters around it. */
function sounds(letters: string[], table: Record<string, string>): Sound[] {
  const out: Sound[] = [];
  letters.forEach((letter, k) => {
    const first = k === 0;
    const last = k === letters.length - 1;
    const afterVowel = out[out.length - 1]?.vowel ?? false;
    const next = letters[k + 1] ?? '';
    const beforeVowel = next !== '' && 'اوىية'.includes(next);
    if (letter === 'ا' || letter === 'آ' || letter === 'ى')
      out.push({ latin: 'a', vowel: true, long: !first });
    else if ((letter === 'أ' || letter === 'إ') && first)
      out.push({ latin: letter === 'إ' ? 'i' : 'a', vowel: true });
    else if (letter === 'ع' && first) out.push({ latin: beforeVowel ? '' : 'a', vowel: !beforeVowel });
    else if (letter === 'ة')
      out.push(
        out[out.length - 1]?.latin === 'a' ? { latin: 't', vowel: false } : { latin: 'a', vowel: true },
      );
    else if (letter === 'ي' && next === 'ة' && !first && !afterVowel) out.push({ latin: 'iy', vowel: true });
    else if ((letter === 'و' || letter === 'ي') && !first && !afterVowel && !beforeVowel)
      out.push({ latin: letter === 'و' ? 'u' : 'i', vowel: true });
    else if ((letter === 'ع' || HAMZA_SEATS.has(letter)) && last) return;
    else if (HAMZA_SEATS.has(letter)) out.push({ latin: "'", vowel: false });
    else out.push({ latin: table[letter] ?? letter, vowel: false });
  });
  return out.filter((s) => s.latin !== '' || s.vowel);
}

/**
 * Inserts the unwritten short vowel where the word would open or close on two
 * consonants, or run three together: "i" after a long a (Khalid, Mujahid), "u"
 * after the participle's m (Mujahid, Mubarak), else "a".
 */
function withShortVowels(word: Sound[]): string[] {
  const out: string[] = [];
  let run = 0;
  word.forEach((sound, k) => {
    const closing = k === word.length - 1 && !sound.vowel && run === 1 && word.length > 2;
    const opening = k === 1 && !sound.vowel && run === 1;
    if (!sound.vowel && (opening || closing || run === 2)) {
      out.push(shortVowel(word, k));
      run = 0;
    }
    out.push(sound.latin);
    run = sound.vowel ? 0 : run + 1;
  });
  return out;
}

function shortVowel(word: Sound[], k: number): string {
  const beforeCluster = word[k - 2];
  if (beforeCluster?.long && beforeCluster.latin === 'a') return 'i';
  if (k === 1 && word[0]?.latin === 'm' && word[2]?.latin === 'a') return 'u';
  return 'a';
}

function capitalized(word: string): string {
  const letter = word.search(/\p{L}/u);
  return letter < 0
    ? word
    : word.slice(0, letter) + word.charAt(letter).toUpperCase() + word.slice(letter + 1);
}
