// Small helpers over fast-xml-parser's order-preserving output, for the manifest tests.

import { XMLParser, XMLValidator } from "fast-xml-parser";

/** One element: `{ [tagName]: children, ":@"?: attributes }`, or a text node `{ "#text": string }`. */
export type XmlNode = Record<string, unknown>;

export interface Element {
  name: string;
  attrs: Record<string, string>;
  children: Element[];
  text: string;
}

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: "",
  parseAttributeValue: false,
  parseTagValue: false,
  trimValues: true,
});

function toElement(node: XmlNode): Element | undefined {
  const name = Object.keys(node).find((key) => key !== ":@");
  if (!name || name === "#text" || name.startsWith("?")) return undefined;
  const raw = (node[name] ?? []) as XmlNode[];
  const attrs = (node[":@"] ?? {}) as Record<string, string>;
  const text = raw
    .map((child) => child["#text"])
    .filter((value): value is string | number => value !== undefined)
    .join("");
  const children = raw.map(toElement).filter((child): child is Element => child !== undefined);
  return { name, attrs, children, text: String(text) };
}

/** Parses an XML document and returns its root element. Throws on malformed XML. */
export function parseXml(source: string): Element {
  const valid = XMLValidator.validate(source);
  if (valid !== true) {
    throw new Error(`malformed XML: ${valid.err.msg} (line ${valid.err.line})`);
  }
  const roots = (parser.parse(source) as XmlNode[]).map(toElement).filter((e): e is Element => !!e);
  if (roots.length !== 1 || !roots[0]) throw new Error(`expected one root element, got ${roots.length}`);
  return roots[0];
}

/** Direct children called `name`. */
export function childrenNamed(element: Element, name: string): Element[] {
  return element.children.filter((child) => child.name === name);
}

/** The single direct child called `name`; throws if there isn't exactly one. */
export function child(element: Element, name: string): Element {
  const found = childrenNamed(element, name);
  if (found.length !== 1 || !found[0]) {
    throw new Error(`<${element.name}> has ${found.length} <${name}> children, expected 1`);
  }
  return found[0];
}

/** All descendants (depth first, document order) called `name`. */
export function descendants(element: Element, name: string): Element[] {
  const out: Element[] = [];
  const visit = (e: Element) => {
    for (const c of e.children) {
      if (c.name === name) out.push(c);
      visit(c);
    }
  };
  visit(element);
  return out;
}

/** Every element in the tree, depth first, including the root. */
export function allElements(element: Element): Element[] {
  return [element, ...element.children.flatMap(allElements)];
}
