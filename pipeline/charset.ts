/** The character encoding a page or a feed declares in its opening bytes, as a browser's prescan finds it. */
const PRESCAN_BYTES = 1024;
const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i;
const XML_ENCODING = /^\s*<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i;

/** `<meta charset>`, `<meta http-equiv="Content-Type" content="…; charset=…">` or `<?xml … encoding="…"?>`; null without one. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, PRESCAN_BYTES));
  return (META_CHARSET.exec(head) ?? XML_ENCODING.exec(head))?.[1] ?? null;
}

/** The text in the given encoding; UTF-8 when none is given or the name is not one the platform knows. */
export function decodeAs(bytes: Uint8Array, charset: string | null): string {
  try {
    return new TextDecoder(charset ?? 'utf-8').decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}
