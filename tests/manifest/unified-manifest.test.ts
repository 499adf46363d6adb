// Checks manifest.json, the unified app manifest for Microsoft 365, against its published JSON
// schema (offline, tests/manifest/unified-schema.ts) and against manifest.xml: the same add-in.

import fs from "node:fs";
import path from "node:path";
import { schemaErrors, schemaPathFor } from "./unified-schema";
import { child, childrenNamed, descendants, parseXml, type Element } from "./xml";

const ROOT = path.resolve(__dirname, "../..");
const DEV_URL = "https://localhost:3000/";

interface Icon {
  size: number;
  url: string;
  scale?: number;
}
interface Control {
  id: string;
  type: string;
  label: string;
  icons: Icon[];
  actionId: string;
}
interface Ribbon {
  requirements?: { formFactors?: string[] };
  contexts: string[];
  tabs: {
    builtInTabId?: string;
    groups?: { id: string; label: string; controls: Control[] }[];
    customMobileRibbonGroups?: { id: string; label: string; controls: Control[] }[];
  }[];
}
interface Manifest {
  $schema: string;
  manifestVersion: string;
  version: string;
  id: string;
  name: { short: string };
  icons: { color: string; outline: string };
  validDomains: string[];
  authorization: { permissions: { resourceSpecific: { name: string; type: string }[] } };
  extensions: {
    requirements: { scopes: string[]; capabilities: { name: string; minVersion: string }[] };
    runtimes: {
      id: string;
      code: { page: string };
      actions: { id: string; type: string; pinnable?: boolean }[];
    }[];
    ribbons: Ribbon[];
    alternates: {
      hide: { customOfficeAddin: { officeAddinId: string } };
      alternateIcons: { icon: Icon; highResolutionIcon: Icon };
    }[];
  }[];
}

const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, "manifest.json"), "utf8")) as Manifest;
const xml = parseXml(fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8"));
const extension = manifest.extensions[0]!;

function text(element: Element): string {
  return element.text ?? "";
}

/** The XML's VersionOverrides 1.1 resources, resid → value. */
function xmlResources(kind: string): Map<string, string> {
  const vo11 = child(child(xml, "VersionOverrides"), "VersionOverrides");
  const resources = child(child(vo11, "Resources"), kind);
  return new Map(resources.children.map((e) => [e.attrs.id ?? "", e.attrs.DefaultValue ?? ""]));
}

function assetFile(url: string): string {
  expect(url.startsWith(`${DEV_URL}assets/`)).toBe(true);
  return path.join(ROOT, url.slice(DEV_URL.length));
}

describe("manifest.json against the unified manifest's JSON schema", () => {
  it("targets a schema version that is bundled, named in $schema", () => {
    expect(manifest.$schema).toBe(
      `https://developer.microsoft.com/json-schemas/teams/v${manifest.manifestVersion}/MicrosoftTeams.schema.json`,
    );
    expect(fs.existsSync(schemaPathFor(manifest.manifestVersion))).toBe(true);
  });

  it("is valid", () => {
    expect(schemaErrors(manifest)).toEqual([]);
  });

  it("is caught when it is not (the check can fail)", () => {
    const broken = JSON.parse(JSON.stringify(manifest)) as Record<string, unknown>;
    delete broken.developer;
    (broken.extensions as { ribbons: { contexts: string[] }[] }[])[0]!.ribbons[0]!.contexts = ["mailReed"];
    const errors = schemaErrors(broken);
    expect(errors.some((error) => /developer/.test(error))).toBe(true);
    expect(errors.some((error) => /contexts/.test(error))).toBe(true);
  });
});

describe("manifest.json describes the same add-in as manifest.xml", () => {
  it("has the XML add-in's id and version, and hides the XML add-in for users who have both", () => {
    const xmlId = text(child(xml, "Id"));
    expect(manifest.id).toBe(xmlId);
    expect(`${manifest.version}.0`).toBe(text(child(xml, "Version")));
    expect(extension.alternates).toHaveLength(1);
    expect(extension.alternates[0]!.hide.customOfficeAddin.officeAddinId).toBe(xmlId);
  });

  it("asks for the ReadItem-equivalent permission, and shared folders as the XML does", () => {
    expect(text(child(xml, "Permissions"))).toBe("ReadItem");
    const names = manifest.authorization.permissions.resourceSpecific.map((permission) => permission.name);
    expect(names).toContain("MailboxItem.Read.User");
    expect(names.filter((name) => /ReadWrite|Mailbox\.Read/.test(name))).toEqual([]);
    expect(descendants(xml, "SupportsSharedFolders").map(text)).toContain("true");
    expect(names).toContain("Mailbox.SharedFolder");
  });

  it("needs the same Mailbox requirement set", () => {
    const set = childrenNamed(child(child(xml, "Requirements"), "Sets"), "Set")[0]!;
    expect(extension.requirements.scopes).toEqual(["mail"]);
    expect(extension.requirements.capabilities).toEqual([
      { name: "Mailbox", minVersion: set.attrs.MinVersion },
    ]);
  });

  it("opens the same pinnable task pane from the same surfaces", () => {
    const taskpane = xmlResources("bt:Urls").get("Taskpane.Url");
    expect(extension.runtimes).toHaveLength(1);
    const runtime = extension.runtimes[0]!;
    expect(runtime.code.page).toBe(taskpane);
    expect(runtime.actions).toEqual([{ id: "openCheckPane", type: "openPage", pinnable: true }]);
    expect(descendants(xml, "SupportsPinning").map(text)).toContain("true");

    const desktop = extension.ribbons.filter((ribbon) =>
      ribbon.requirements?.formFactors?.includes("desktop"),
    );
    // MessageReadCommandSurface → mailRead; AppointmentAttendeeCommandSurface → meetingDetailsAttendee.
    expect(desktop.flatMap((ribbon) => ribbon.contexts).sort()).toEqual([
      "mailRead",
      "meetingDetailsAttendee",
    ]);
    const label = xmlResources("bt:ShortStrings").get("CheckButton.Label");
    for (const ribbon of desktop) {
      const controls = ribbon.tabs.flatMap((tab) => tab.groups ?? []).flatMap((group) => group.controls);
      expect(controls.map((control) => [control.label, control.actionId])).toEqual([
        [label, "openCheckPane"],
      ]);
    }
  });

  it("has the button on Outlook mobile too, as the XML's MobileFormFactor does", () => {
    const mobile = extension.ribbons.filter((ribbon) => ribbon.requirements?.formFactors?.includes("mobile"));
    expect(mobile.flatMap((ribbon) => ribbon.contexts)).toEqual(["mailRead"]);
    const controls = mobile
      .flatMap((ribbon) => ribbon.tabs)
      .flatMap((tab) => tab.customMobileRibbonGroups ?? [])
      .flatMap((group) => group.controls);
    expect(controls.map((control) => control.actionId)).toEqual(["openCheckPane"]);
    expect(descendants(xml, "MobileFormFactor")).toHaveLength(1);
  });

  it("uses the same icons, all of them present in assets/ at their sizes", () => {
    const xmlImages = [...xmlResources("bt:Images").values()].sort();
    const desktopIcons = extension.ribbons
      .filter((ribbon) => ribbon.requirements?.formFactors?.includes("desktop"))
      .flatMap((ribbon) => ribbon.tabs.flatMap((tab) => tab.groups ?? []))
      .flatMap((group) => group.controls.flatMap((control) => control.icons.map((icon) => icon.url)));
    for (const url of desktopIcons) expect(xmlImages).toContain(url);

    const { icon, highResolutionIcon } = extension.alternates[0]!.alternateIcons;
    expect(icon.url).toBe(child(xml, "IconUrl").attrs.DefaultValue);
    expect(highResolutionIcon.url).toBe(child(xml, "HighResolutionIconUrl").attrs.DefaultValue);

    const all = JSON.stringify(manifest).match(/https:\/\/localhost:3000\/assets\/[^"]+\.png/g) ?? [];
    for (const url of all) expect(fs.existsSync(assetFile(url))).toBe(true);
    for (const file of [manifest.icons.color, manifest.icons.outline])
      expect(fs.existsSync(path.join(ROOT, file))).toBe(true);
  });

  it("points every URL at the development server, like the XML, for npm start", () => {
    const urls = JSON.stringify(manifest).match(/https?:\/\/[^"]+/g) ?? [];
    const outside = urls.filter(
      (url) => !url.startsWith(DEV_URL) && !url.startsWith("https://developer.microsoft.com/json-schemas/"),
    );
    expect(outside).toEqual([]);
    expect(manifest.validDomains).toEqual(["localhost:3000"]);
  });
});
