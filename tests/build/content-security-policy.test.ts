// The task pane's Content Security Policy, as written: what it allows, the demo under the same policy
// less Microsoft's hosts, and README's header the same policy plus frame-ancestors. That it works, and blocks, is tests/browser/content-security-policy.test.ts.

import fs from "node:fs";
import path from "node:path";
import {
  EMPTY_STYLE_HASH,
  metaPolicyIndex,
  metaPolicyText,
  parsePolicy,
  type Policy,
  withoutComments,
} from "../support/content-security-policy";

const ROOT = path.resolve(__dirname, "../..");
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), "utf8");

const PANE_HTML = read("src/taskpane/taskpane.html");
const DEMO_HTML = read("src/demo/demo.html");

/** Microsoft's hosts, which only the real pane needs: Office.js (and its MicrosoftAjax.js), Graph, sign-in. */
const MICROSOFT_HOSTS = [
  "https://appsforoffice.microsoft.com/lib/1/hosted/",
  "https://ajax.aspnetcdn.com/ajax/3.5/MicrosoftAjax.js",
  "https://graph.microsoft.com",
  "https://login.microsoftonline.com",
];
const OUTLOOK_FRAMERS = [
  "https://outlook.office.com",
  "https://outlook.office365.com",
  "https://outlook.cloud.microsoft",
];

function policyOf(html: string, name: string): Policy {
  const text = metaPolicyText(html);
  if (!text) throw new Error(`${name} declares no Content-Security-Policy meta tag`);
  return parsePolicy(text);
}

describe("the task pane's Content Security Policy", () => {
  const pane = policyOf(PANE_HTML, "taskpane.html");

  it("comes before any script or style in the page", () => {
    const page = withoutComments(PANE_HTML);
    expect(metaPolicyIndex(page)).toBeGreaterThan(0);
    expect(metaPolicyIndex(page)).toBeLessThan(page.search(/<script|<style|<link/i));
  });

  it("allows only its own origin, Office.js, Graph and sign-in, and nothing by default", () => {
    expect(Object.fromEntries(pane)).toEqual({
      "default-src": ["'none'"],
      "script-src": ["'self'", MICROSOFT_HOSTS[0], MICROSOFT_HOSTS[1]],
      "connect-src": ["'self'", MICROSOFT_HOSTS[2], MICROSOFT_HOSTS[3]],
      "img-src": ["'self'", "data:"],
      "style-src": ["'self'", EMPTY_STYLE_HASH],
      "object-src": ["'none'"],
      "base-uri": ["'none'"],
      "form-action": ["'none'"],
    });
  });

  it.each([
    ["src/taskpane/taskpane.html", PANE_HTML],
    ["src/demo/demo.html", DEMO_HTML],
  ])("leaves %s no inline styles, which minifying would take out of step with a hash", (_file, html) => {
    expect(withoutComments(html)).not.toMatch(/<style|\sstyle=/i);
  });

  it("is the demo's too, less Microsoft's hosts (the demo's Microsoft 365 answers inside the page)", () => {
    const demo = policyOf(DEMO_HTML, "demo.html");
    const paneLessHosts = new Map(
      [...pane].map(([name, sources]) => [
        name,
        sources.filter((source) => !MICROSOFT_HOSTS.includes(source)),
      ]),
    );
    expect(demo).toEqual(paneLessHosts);
  });

  it("is README's Content-Security-Policy header, which adds frame-ancestors for Outlook on the web", () => {
    const header = /^Content-Security-Policy: (.*)$/m.exec(read("README.md"))?.[1];
    expect(header).toBeDefined();
    const readme = parsePolicy(header ?? "");
    expect(readme.get("frame-ancestors")).toEqual(OUTLOOK_FRAMERS);
    readme.delete("frame-ancestors");
    expect(readme).toEqual(pane);
  });
});
