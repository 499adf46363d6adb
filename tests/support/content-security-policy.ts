import { createHash } from "node:crypto";

/** A Content Security Policy as its directives, each with its sources in order. */
export type Policy = Map<string, string[]>;

export function parsePolicy(text: string): Policy {
  const directives = text
    .split(";")
    .map((part) => part.trim().split(/\s+/))
    .filter((words) => words[0]);
  return new Map(directives.map(([name = "", ...sources]) => [name.toLowerCase(), sources]));
}

/** The policy a page declares in its <meta http-equiv="Content-Security-Policy">, or undefined. */
export function metaPolicyText(html: string): string | undefined {
  const meta = /<meta\s+http-equiv="?Content-Security-Policy"?\s+content="([^"]*)"/i.exec(html);
  return meta?.[1];
}

/** Where the policy's meta tag starts, to check nothing loads before it. */
export function metaPolicyIndex(html: string): number {
  return html.search(/<meta\s+http-equiv="?Content-Security-Policy"?/i);
}

/** The page without its comments, which may name elements they are not. */
export function withoutComments(html: string): string {
  return html.replace(/<!--[\s\S]*?-->/g, "");
}

/** The hash of empty text: the empty <style> elements Fluent's runtime styling adds. */
export const EMPTY_STYLE_HASH = `'sha256-${createHash("sha256").update("").digest("base64")}'`;
