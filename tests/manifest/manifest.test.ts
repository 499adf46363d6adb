// Checks manifest.xml against what Outlook needs from this add-in, and the icons it names.
// Offline: office-addin-manifest is only used to read the file (its `validate` command calls
// a Microsoft web service and is `npm run validate`, not a test).

import fs from "node:fs";
import http from "node:http";
import https from "node:https";
import path from "node:path";
import { OfficeAddinManifest } from "office-addin-manifest";
import { allElements, child, childrenNamed, descendants, parseXml, type Element } from "./xml";

// office-addin-manifest requires two ESM-only packages that Jest can't load on Node 20 (Node
// itself can): @microsoft/app-manifest, used only for unified JSON manifests, and uuid, used
// only when modifying a manifest. Reading an XML manifest needs neither.
jest.mock("@microsoft/app-manifest", () => ({}));
jest.mock("uuid", () => ({
  v4: () => {
    throw new Error("not used when reading a manifest");
  },
}));

const ROOT = path.resolve(__dirname, "../..");
const MANIFEST = path.join(ROOT, "manifest.xml");
const DEV_URL = "https://localhost:3000/";
const BUTTON_LABEL = "Check QA meeting";

/** Child order of <OfficeApp xsi:type="MailApp"> in Microsoft's schema (optional ones included). */
const MAILAPP_ORDER = [
  "Id",
  "AlternateId",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl",
  "AppDomains",
  "Hosts",
  "Requirements",
  "FormSettings",
  "Permissions",
  "Rule",
  "DisableEntityHighlighting",
  "VersionOverrides",
];
const MAILAPP_REQUIRED = MAILAPP_ORDER.filter(
  (name) => !["AlternateId", "AppDomains", "DisableEntityHighlighting"].includes(name),
);

const source = fs.readFileSync(MANIFEST, "utf8");
const officeApp = parseXml(source);

const vo10 = child(officeApp, "VersionOverrides");
const vo11 = child(vo10, "VersionOverrides");
const resources = child(vo11, "Resources");
const desktop = child(child(child(vo11, "Hosts"), "Host"), "DesktopFormFactor");

/** resid → DefaultValue for one kind of resource (bt:Images, bt:Urls, bt:ShortStrings, bt:LongStrings). */
function resourceMap(kind: string): Map<string, string> {
  const entries = child(resources, kind).children.map((e) => [e.attrs.id ?? "", e.attrs.DefaultValue ?? ""]);
  return new Map(entries as [string, string][]);
}
const images = resourceMap("bt:Images");
const urls = resourceMap("bt:Urls");
const shortStrings = resourceMap("bt:ShortStrings");
const longStrings = resourceMap("bt:LongStrings");

function extensionPoint(type: string): Element {
  const found = childrenNamed(desktop, "ExtensionPoint").filter((e) => e.attrs["xsi:type"] === type);
  expect(found).toHaveLength(1);
  return found[0] as Element;
}

/** Width and height from a PNG's IHDR chunk, read straight from the file header. */
function pngSize(file: string): { width: number; height: number } {
  const header = Buffer.alloc(24);
  const fd = fs.openSync(file, "r");
  try {
    fs.readSync(fd, header, 0, 24, 0);
  } finally {
    fs.closeSync(fd);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!header.subarray(0, 8).equals(signature)) throw new Error(`${file} is not a PNG`);
  if (header.toString("ascii", 12, 16) !== "IHDR") throw new Error(`${file} has no IHDR chunk first`);
  return { width: header.readUInt32BE(16), height: header.readUInt32BE(20) };
}

function assetFor(url: string): string {
  expect(url.startsWith(`${DEV_URL}assets/`)).toBe(true);
  return path.join(ROOT, "assets", url.slice(`${DEV_URL}assets/`.length));
}

describe("manifest.xml read by office-addin-manifest", () => {
  it("reads as a mail add-in without touching the network", async () => {
    const calls: string[] = [];
    const spies = [
      jest.spyOn(http, "request").mockImplementation(() => {
        calls.push("http.request");
        throw new Error("network use in a manifest test");
      }),
      jest.spyOn(https, "request").mockImplementation(() => {
        calls.push("https.request");
        throw new Error("network use in a manifest test");
      }),
      jest.spyOn(globalThis, "fetch").mockImplementation(() => {
        calls.push("fetch");
        throw new Error("network use in a manifest test");
      }),
    ];
    try {
      const info = await OfficeAddinManifest.readManifestFile(MANIFEST);
      expect(info.officeAppType).toBe("MailApp");
      expect(info.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
      expect(info.displayName).toBe("QA Meeting Check");
      expect(info.version).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
      expect(info.providerName).toBeTruthy();
      expect(info.defaultLocale).toBeTruthy();
      expect(info.description).toBeTruthy();
      expect(info.hosts).toEqual(["Mailbox"]);
      expect(info.permissions).toBe("ReadItem");
      expect(info.iconUrl).toBe(`${DEV_URL}assets/icon-64.png`);
      expect(info.highResolutionIconUrl).toBe(`${DEV_URL}assets/icon-128.png`);
      expect(info.supportUrl?.startsWith(DEV_URL)).toBe(true);
    } finally {
      spies.forEach((spy) => spy.mockRestore());
    }
    expect(calls).toEqual([]);
  });
});

describe("manifest.xml structure", () => {
  it("is a MailApp with the usual namespaces", () => {
    expect(officeApp.name).toBe("OfficeApp");
    expect(officeApp.attrs["xsi:type"]).toBe("MailApp");
    expect(officeApp.attrs.xmlns).toBe("http://schemas.microsoft.com/office/appforoffice/1.1");
    expect(officeApp.attrs["xmlns:bt"]).toBe("http://schemas.microsoft.com/office/officeappbasictypes/1.0");
  });

  it("has its top-level elements in the order of the MailApp schema", () => {
    const names = officeApp.children.map((e) => e.name);
    for (const name of names) expect(MAILAPP_ORDER).toContain(name);
    expect(new Set(names).size).toBe(names.length);
    const positions = names.map((name) => MAILAPP_ORDER.indexOf(name));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    for (const name of MAILAPP_REQUIRED) expect(names).toContain(name);
  });

  it("asks only for ReadItem", () => {
    expect(child(officeApp, "Permissions").text).toBe("ReadItem");
  });

  it("requires Mailbox 1.5 at least, in the base manifest and in VersionOverrides 1.1", () => {
    const set = child(child(child(officeApp, "Requirements"), "Sets"), "Set");
    expect(set.attrs).toMatchObject({ Name: "Mailbox", MinVersion: "1.5" });
    const sets = child(child(vo11, "Requirements"), "bt:Sets");
    expect(sets.attrs.DefaultMinVersion).toBe("1.5");
    expect(child(sets, "bt:Set").attrs.Name).toBe("Mailbox");
  });

  it("opens taskpane.html in the read form", () => {
    const form = child(child(officeApp, "FormSettings"), "Form");
    expect(form.attrs["xsi:type"]).toBe("ItemRead");
    const location = child(child(form, "DesktopSettings"), "SourceLocation");
    expect(location.attrs.DefaultValue).toBe(`${DEV_URL}taskpane.html`);
  });

  it("activates on read messages (meeting requests) and attendee appointments", () => {
    const rules = child(officeApp, "Rule");
    const items = rules.children.map((r) => `${r.attrs.ItemType}/${r.attrs.FormType}`);
    expect(items).toEqual(expect.arrayContaining(["Message/Read", "Appointment/Read"]));
  });

  it("nests VersionOverrides V1_1 inside V1_0", () => {
    expect(vo10.attrs["xsi:type"]).toBe("VersionOverridesV1_0");
    expect(vo10.attrs.xmlns).toBe("http://schemas.microsoft.com/office/mailappversionoverrides");
    expect(vo11.attrs["xsi:type"]).toBe("VersionOverridesV1_1");
    expect(vo11.attrs.xmlns).toBe("http://schemas.microsoft.com/office/mailappversionoverrides/1.1");
    // V1_0 children: [Description] [Requirements] Hosts [Resources] VersionOverrides
    expect(vo10.children.map((e) => e.name).slice(-1)).toEqual(["VersionOverrides"]);
    expect(vo11.children.map((e) => e.name)).toEqual(["Requirements", "Hosts", "Resources"]);
  });

  it("supports shared folders and mailboxes, first in DesktopFormFactor as the schema puts it", () => {
    const first = desktop.children[0];
    expect(first?.name).toBe("SupportsSharedFolders");
    expect(first?.text).toBe("true");
    expect(descendants(officeApp, "SupportsSharedFolders")).toHaveLength(1);
  });

  it("puts a MobileButton for the task pane on meeting requests in Outlook mobile (VersionOverrides 1.1)", () => {
    const host = child(child(vo11, "Hosts"), "Host");
    expect(host.children.map((e) => e.name)).toEqual(["DesktopFormFactor", "MobileFormFactor"]);
    // VersionOverrides 1.0 knows no MobileFormFactor.
    expect(descendants(child(vo10, "Hosts"), "MobileFormFactor")).toHaveLength(0);
    const mobile = child(host, "MobileFormFactor");
    const points = childrenNamed(mobile, "ExtensionPoint");
    expect(points.map((point) => point.attrs["xsi:type"])).toEqual(["MobileMessageReadCommandSurface"]);
    const controls = descendants(points[0] as Element, "Control");
    expect(controls.map((control) => control.attrs["xsi:type"])).toEqual(["MobileButton"]);
    const button = controls[0] as Element;
    expect(shortStrings.get(child(button, "Label").attrs.resid ?? "")).toBe(BUTTON_LABEL);
    const action = child(button, "Action");
    expect(action.attrs["xsi:type"]).toBe("ShowTaskpane");
    expect(urls.get(child(action, "SourceLocation").attrs.resid ?? "")).toBe(`${DEV_URL}taskpane.html`);
    // Outlook mobile wants 25, 32 and 48 px icons at scales 1, 2 and 3.
    const icons = child(button, "Icon").children.map((image) => `${image.attrs.size}@${image.attrs.scale}`);
    expect(icons.sort()).toEqual(["25@1", "25@2", "25@3", "32@1", "32@2", "32@3", "48@1", "48@2", "48@3"]);
  });

  it.each(["MessageReadCommandSurface", "AppointmentAttendeeCommandSurface"])(
    'puts a pinnable "Check QA meeting" task pane button on %s',
    (surface) => {
      const point = extensionPoint(surface);
      const controls = descendants(point, "Control");
      expect(controls).toHaveLength(1);
      const button = controls[0] as Element;
      expect(button.attrs["xsi:type"]).toBe("Button");

      expect(shortStrings.get(child(button, "Label").attrs.resid ?? "")).toBe(BUTTON_LABEL);
      const supertip = child(button, "Supertip");
      expect(shortStrings.get(child(supertip, "Title").attrs.resid ?? "")).toBe(BUTTON_LABEL);
      expect(longStrings.get(child(supertip, "Description").attrs.resid ?? "")).toBeTruthy();

      const sizes = child(button, "Icon").children.map((img) => img.attrs.size);
      expect(sizes).toEqual(["16", "32", "80"]);

      const action = child(button, "Action");
      expect(action.attrs["xsi:type"]).toBe("ShowTaskpane");
      // ShowTaskpane sequence: SourceLocation, SupportsPinning, ...
      expect(action.children.map((e) => e.name)).toEqual(["SourceLocation", "SupportsPinning"]);
      expect(urls.get(child(action, "SourceLocation").attrs.resid ?? "")).toBe(`${DEV_URL}taskpane.html`);
      expect(child(action, "SupportsPinning").text).toBe("true");
    },
  );

  it("has unique control and group ids and resolvable, short resource ids", () => {
    const ids = [...descendants(vo11, "Control"), ...descendants(vo11, "Group")].map((e) => e.attrs.id);
    expect(new Set(ids).size).toBe(ids.length);

    const all = [...images.keys(), ...urls.keys(), ...shortStrings.keys(), ...longStrings.keys()];
    expect(new Set(all).size).toBe(all.length);
    for (const id of all) expect(id.length).toBeLessThanOrEqual(32);

    const known = new Set(all);
    const resids = allElements(vo11)
      .map((e) => e.attrs.resid)
      .filter((r): r is string => !!r);
    expect(resids.length).toBeGreaterThan(0);
    for (const resid of resids) expect(known).toContain(resid);

    for (const value of shortStrings.values()) expect(value.length).toBeLessThanOrEqual(125);
    for (const value of longStrings.values()) expect(value.length).toBeLessThanOrEqual(250);
  });
});

describe("manifest.xml URLs and icons", () => {
  it("uses only https://localhost:3000/ URLs (the build rewrites them for production)", () => {
    const values = allElements(officeApp).flatMap((e) => [
      ...Object.entries(e.attrs)
        .filter(([name]) => name !== "xmlns" && !name.startsWith("xmlns:"))
        .map(([, value]) => value),
      e.text,
    ]);
    const found = values.filter((v) => /^[a-z][a-z0-9+.-]*:\/\//i.test(v));
    expect(found.length).toBeGreaterThan(5);
    for (const url of found) expect(url.startsWith(DEV_URL)).toBe(true);
    // Nothing outside the elements either (e.g. a stray http:// in text).
    expect(source.replace(/xmlns(:\w+)?="[^"]*"/g, "")).not.toMatch(/http:\/\//);
  });

  it("points every icon at a PNG in assets/ of the size the manifest implies (mobile: size × scale)", () => {
    const uses: [string | undefined, number][] = [
      [child(officeApp, "IconUrl").attrs.DefaultValue, 64],
      [child(officeApp, "HighResolutionIconUrl").attrs.DefaultValue, 128],
      ...descendants(vo11, "Icon")
        .flatMap((icon) => icon.children)
        .map((img): [string | undefined, number] => [
          images.get(img.attrs.resid ?? ""),
          Number(img.attrs.size) * Number(img.attrs.scale ?? 1),
        ]),
    ];
    expect(uses.filter(([url]) => url === undefined)).toEqual([]);
    // Each image is used at one size only, and every image the manifest lists is used.
    const sizesOf = new Map<string, Set<number>>();
    for (const [url = "", size] of uses) sizesOf.set(url, (sizesOf.get(url) ?? new Set()).add(size));
    expect([...sizesOf].filter(([, sizes]) => sizes.size > 1)).toEqual([]);
    expect([...images.values()].filter((url) => !sizesOf.has(url))).toEqual([]);
    const expected = new Map([...sizesOf].map(([url, sizes]) => [url, [...sizes][0] ?? 0]));

    expect([...new Set(expected.values())].sort((a, b) => a - b)).toEqual([
      16, 25, 32, 48, 50, 64, 75, 80, 96, 128, 144,
    ]);
    for (const [url, size] of expected) {
      const file = assetFor(url);
      expect(fs.existsSync(file)).toBe(true);
      expect({ file: path.relative(ROOT, file), ...pngSize(file) }).toEqual({
        file: path.relative(ROOT, file),
        width: size,
        height: size,
      });
    }
  });

  it("points the support URL at a page in assets/", () => {
    const url = child(officeApp, "SupportUrl").attrs.DefaultValue ?? "";
    expect(fs.existsSync(assetFor(url))).toBe(true);
  });
});
