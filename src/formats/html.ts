import { compile } from "html-to-text";

/**
 * HTML descriptions (X-ALT-DESC, HTML-only e-mails, .msg bodies) as plain text, through
 * html-to-text: the engine only needs the words, so links, images and anything hidden are left
 * out, every entity is decoded, and lines are never wrapped.
 */
const HIDDEN = ["head", "title", "script", "style", "xml", "template", "img"];
const HEADINGS = ["h1", "h2", "h3", "h4", "h5", "h6"];

const convert = compile({
  wordwrap: false,
  selectors: [
    ...HIDDEN.map((selector) => ({ selector, format: "skip" })),
    ...HEADINGS.map((selector) => ({ selector, options: { uppercase: false } })),
    { selector: "a", options: { ignoreHref: true } },
    { selector: "ul", options: { itemPrefix: "- " } },
    { selector: "table", format: "dataTable", options: { uppercaseHeaderCells: false } },
  ],
});

export function htmlToText(html: string): string {
  return convert(html)
    .replace(/\u00a0/g, " ")
    .replace(/\n{3,}/g, "\n\n");
}

/** Common tags only, so "<https://teams.microsoft.com/...>" links in plain text do not count. */
const TAG = /<\/?(html|body|p|div|span|br|b|i|u|a|em|strong|font|table|tr|td|ul|ol|li|img|h[1-6])\b[^>]*>/i;

export function looksLikeHtml(text: string): boolean {
  return TAG.test(text);
}
