const HTML_EXTENSIONS = /\.x?html?$/i;
/** A page starts with a doctype, a comment or the html/head/body element once a BOM and blanks are skipped. */
const HTML_START = /^\uFEFF?\s*(<!--[\s\S]*?-->\s*)*<(!doctype\s+html|html[\s>]|head[\s>]|body[\s>])/i;

/** True for a saved web page: by its name (.html, .htm, .xhtml) or, whatever its name, by how it starts. */
export function isHtml(path: string, text: string): boolean {
  return HTML_EXTENSIONS.test(path) || HTML_START.test(text.slice(0, 4096));
}
