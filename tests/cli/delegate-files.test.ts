import { join } from "node:path";
import { BERLIN_INVITE, outlookForward, QAMT_REQUEST_MSG } from "../fixtures/invites";
import { msgFile } from "../support/msg-file";
import { jsonLines, runCli, tempFolder } from "./cli-helpers";

const OUTLOOK_REQUEST = msgFile(QAMT_REQUEST_MSG);
const FORWARD = msgFile(
  outlookForward([{ fileName: "QAMT review.ics", data: new TextEncoder().encode(BERLIN_INVITE) }]),
);

describe("meeting times on the command line", () => {
  it("gives them in --tz's zone, naming it when the invite's own zone differs", async () => {
    const folder = tempFolder({ "berlin.ics": BERLIN_INVITE });
    try {
      const sydney = await runCli(["--tz", "Australia/Sydney", "--reply", join(folder.path, "berlin.ics")]);
      expect(sydney.stdout).toContain("When: Thursday 10 December 2026, 7:00 pm (Sydney time)");
      expect(sydney.stdout).toContain('"QAMT review" on Thursday 10 December 2026, 7:00 pm (Sydney time)');
      const berlin = await runCli(["--tz", "Europe/Berlin", "--json", join(folder.path, "berlin.ics")]);
      expect(jsonLines(berlin.stdout)[0]).toMatchObject({ when: "Thursday 10 December 2026, 9:00 am" });
    } finally {
      folder.remove();
    }
  });

  it("refuses a zone it does not know", async () => {
    const run = await runCli(["--tz", "Sydney", "x.ics"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--tz needs a time zone such as Australia/Sydney or UTC, not "Sydney"');
  });
});

describe("Outlook files on the command line", () => {
  it("reads .msg files in a folder, and says when an invite came attached", async () => {
    const folder = tempFolder({ "request.msg": OUTLOOK_REQUEST, "forward.msg": FORWARD, "notes.txt": "x" });
    try {
      const run = await runCli(["--json", "--tz", "Australia/Sydney", folder.path]);
      expect(run.status).toBe(0);
      const [forward, request] = jsonLines(run.stdout);
      expect(request).toMatchObject({
        file: join(folder.path, "request.msg"),
        verdict: "directive-applies",
        when: "Thursday 10 December 2026, 2:00 pm",
      });
      expect(request).not.toHaveProperty("notes");
      expect(forward).toMatchObject({
        subject: "QAMT review",
        notes: [expect.stringMatching(/came attached/)],
      });
      const text = await runCli([join(folder.path, "forward.msg")]);
      expect(text.stdout).toMatch(/^Note: The invite came attached to the e-mail/m);
    } finally {
      folder.remove();
    }
  });

  it("reports a damaged .msg in plain words, and goes on", async () => {
    const folder = tempFolder({ "a-damaged.msg": OUTLOOK_REQUEST.slice(0, 1500), "b.msg": OUTLOOK_REQUEST });
    try {
      const run = await runCli(["--csv", folder.path]);
      expect(run.status).toBe(1);
      expect(run.stderr).toBe(
        `qa-meeting-check: ${join(folder.path, "a-damaged.msg")}: the Outlook file is damaged and could not be read\n`,
      );
      expect(run.stdout).toContain("b.msg,directive-applies,");
    } finally {
      folder.remove();
    }
  });
});
