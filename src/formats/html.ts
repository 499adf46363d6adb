/**
 * HTML descriptions (X-ALT-DESC, HTML-only e-mails) as plain text. The engine only needs the
 * words, so this keeps text and line breaks, and drops every tag, comment, script and style.
 */

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  ndash: "\u2013",
  mdash: "\u2014",
  lsquo: "\u2018",
  rsquo: "\u2019",
  ldquo: "\u201c",
  rdquo: "\u201d",
  hellip: "\u2026",
  bull: "\u2022",
  copy: "\u00a9",
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith("#")) {
      const code =
        name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
  });
}

const HIDDEN_BLOCKS = /<(script|style|head|title|xml)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const COMMENTS = /<!--[\s\S]*?(?:-->|$)/g;
const DECLARATIONS = /<![^>]*>/g;
const LINE_BREAKS = /<br\b[^>]*>/gi;
const BLOCK_EDGES = /<\/?(p|div|tr|table|h[1-6]|ul|ol|blockquote|hr)\b[^>]*>/gi;
const LIST_ITEMS = /<li\b[^>]*>/gi;
const INLINE_TAGS = /<\/?(b|i|u|em|strong|span|font|a|small|sup|sub|mark|abbr)\b[^>]*>/gi;
const ANY_TAG = /<\/?[a-z][^>]*>?/gi;

export function htmlToText(html: string): string {
  const withoutTags = html
    .replace(COMMENTS, " ")
    .replace(HIDDEN_BLOCKS, " ")
    .replace(DECLARATIONS, " ")
    .replace(/\r?\n/g, " ")
    .replace(LINE_BREAKS, "\n")
    .replace(BLOCK_EDGES, "\n")
    .replace(LIST_ITEMS, "\n- ")
    .replace(INLINE_TAGS, "")
    .replace(ANY_TAG, " ");
  return decodeEntities(withoutTags)
    .replace(/[ \t\u00a0]+/g, " ")
    .replace(/ *\n */g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** Common tags only, so "<https://teams.microsoft.com/...>" links in plain text do not count. */
const TAG = /<\/?(html|body|p|div|span|br|b|i|u|a|em|strong|font|table|tr|td|ul|ol|li|img|h[1-6])\b[^>]*>/i;

export function looksLikeHtml(text: string): boolean {
  return TAG.test(text);
}
