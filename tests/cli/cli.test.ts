import { readFileSync } from "node:fs";
import { join } from "node:path";
import { FIXTURES, jsonLines, runCli, SAMPLES, snapshotJson, tempFolder } from "./cli-helpers";

const INVITES = join(FIXTURES, "invites");
const UNKNOWN_SINGLE = join(INVITES, "unknown-single-person.json");
const samplesExpected = JSON.parse(readFileSync(join(SAMPLES, "expected.json"), "utf8")) as Record<
  string,
  string
>;

describe("usage", () => {
  it("prints help and the version", async () => {
    const help = await runCli(["--help"]);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: qa-meeting-check \[options\] <file\|folder>/);
    expect(help.stdout).toContain("expected.json");
    const version = await runCli(["--version"]);
    expect(version.stdout).toBe(
      `qa-meeting-check ${(JSON.parse(readFileSync(join(__dirname, "../../package.json"), "utf8")) as { version: string }).version}\n`,
    );
  });

  it.each([
    [["--bogus", UNKNOWN_SINGLE], "Unknown option '--bogus'"],
    [[], "no invite files or folders given"],
    [["--json", "--csv", UNKNOWN_SINGLE], "choose one of --json and --csv"],
    [["--me", "priya", UNKNOWN_SINGLE], '--me needs an e-mail address, not "priya"'],
    [["--policy", "/no/such/policy.json", UNKNOWN_SINGLE], "--policy /no/such/policy.json: no such file"],
    [["--directory", "/no/such/dir.json", UNKNOWN_SINGLE], "--directory /no/such/dir.json: no such file"],
    [
      ["--template", "nope", UNKNOWN_SINGLE],
      "--template nope: not in the policy (choose from decline, propose-one-to-one, delegate)",
    ],
  ])("exits 2 for %j with one line and a hint", async (argv, message) => {
    const run = await runCli(argv);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(
      `qa-meeting-check: ${message}\nTry 'qa-meeting-check --help' for more information.\n`,
    );
  });

  it("exits 2 for a policy or directory file that is not valid", async () => {
    const folder = tempFolder({
      "policy.json": '{"schemaVersion": 1}',
      "directory.json": '{"a@b": "Manager"}',
    });
    try {
      const policy = await runCli(["--policy", join(folder.path, "policy.json"), UNKNOWN_SINGLE]);
      expect(policy.status).toBe(2);
      expect(policy.stderr).toMatch(/^qa-meeting-check: --policy .*policy\.json: not a valid policy: /);
      const directory = await runCli(["--directory", join(folder.path, "directory.json"), UNKNOWN_SINGLE]);
      expect(directory.status).toBe(2);
      expect(directory.stderr).toMatch(/^qa-meeting-check: --directory .*directory\.json: a@b: /);
    } finally {
      folder.remove();
    }
  });
});

describe("the text report", () => {
  it("shows the directive's standing once, then each invite of a folder, skipping its label file", async () => {
    const run = await runCli([INVITES]);
    expect(run.status).toBe(0);
    expect(
      run.stdout.startsWith('Public Service Association of NSW (PSA): "Quality Assurance meetings'),
    ).toBe(true);
    expect(run.stdout.match(/is in force\./g)).toHaveLength(1);
    expect(run.stdout.match(/^Verdict: /gm)).toHaveLength(7);
    expect(run.stdout).toContain("expected.json: skipped (not an invite snapshot)");
    expect(run.stderr).toBe("");
  });

  it("shows verdict, headline, advice, evidence with its words, and people with the source of their role", async () => {
    const run = await runCli([join(INVITES, "qamt-panel.json")]);
    expect(run.stdout).toContain("Verdict: The PSA direction covers this meeting");
    expect(run.stdout).toContain("This looks like a QAMT review with 3 other people");
    expect(run.stdout).toMatch(/^Advice: The PSA directs members/m);
    expect(run.stdout).toContain('  - subject: "QAMT": QAMT, the Quality Assurance Management Tool');
    expect(run.stdout).toContain(
      '  - Grace Liu <grace.liu@dcj-demo.example>: required, QACI (from directory: "QACI Officer")',
    );
    expect(run.stdout).not.toContain("Reply (");
  });

  it("prints the reply with --reply", async () => {
    const run = await runCli(["--reply", UNKNOWN_SINGLE]);
    expect(run.stdout).toContain("Reply (decline):\n  Subject: Re: QAMT review\n  Hi Pat,");
    expect(run.stdout).toContain("  Kind regards,\n  Chris Park");
  });

  it("uses the chosen template", async () => {
    const run = await runCli(["--reply", "--template", "propose-one-to-one", UNKNOWN_SINGLE]);
    expect(run.stdout).toContain("Reply (propose-one-to-one):");
  });

  it("follows a withdrawn policy: its standing, advice and replies", async () => {
    const run = await runCli([
      "--policy",
      "psa-2022-09-withdrawn",
      "--reply",
      join(INVITES, "qamt-panel.json"),
    ]);
    expect(run.status).toBe(0);
    expect(run.stdout.split("\n")[0]).toMatch(/is withdrawn\.$/);
    expect(run.stdout).toContain("Advice: The PSA has withdrawn its direction not to attend");
    expect(run.stdout).toContain("Reply (request-guidelines):");
  });

  it("reads a policy file that extends a built-in one", async () => {
    const folder = tempFolder({
      "policy.json": JSON.stringify({ extends: "psa-2022-09-withdrawn", id: "district-copy", version: "1" }),
    });
    try {
      const run = await runCli(["--policy", join(folder.path, "policy.json"), UNKNOWN_SINGLE]);
      expect(run.status).toBe(0);
      expect(run.stdout.split("\n")[0]).toMatch(/is withdrawn\.$/);
    } finally {
      folder.remove();
    }
  });

  it("colours only a terminal, and not when NO_COLOR is set", async () => {
    const ESC = "\u001b[";
    expect((await runCli([UNKNOWN_SINGLE], { isTTY: true, env: {} })).stdout).toContain(ESC);
    expect((await runCli([UNKNOWN_SINGLE], { isTTY: true, env: { NO_COLOR: "1" } })).stdout).not.toContain(
      ESC,
    );
    expect((await runCli([UNKNOWN_SINGLE], { isTTY: false, env: {} })).stdout).not.toContain(ESC);
  });

  it("reports not-requests as such", async () => {
    const run = await runCli([join(FIXTURES, "not-requests")]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("Not a meeting request: a meeting cancellation.");
    expect(run.stdout).not.toContain("Verdict:");
  });
});

describe("--json", () => {
  it("writes one object per sample, with the expected verdict, evidence, people and reply", async () => {
    const run = await runCli(["--json", "--reply", SAMPLES]);
    expect(run.status).toBe(0);
    const lines = jsonLines(run.stdout);
    const verdicts = Object.fromEntries(
      lines
        .filter((line) => "verdict" in line)
        .map((line) => [String(line["file"]).split("/").pop(), line["verdict"]]),
    );
    expect(verdicts).toEqual(samplesExpected);
    expect(lines.filter((line) => "skipped" in line).map((line) => line["file"])).toEqual([
      join(SAMPLES, "expected.json"),
    ]);
    const panel = lines.find((line) => String(line["file"]).endsWith("qamt-panel-monthly.json"));
    expect(panel).toMatchObject({ verdict: "directive-applies", headline: expect.stringContaining("QAMT") });
    expect(panel?.["evidence"]).toEqual(
      expect.arrayContaining([expect.objectContaining({ source: "subject", quote: "QAMT" })]),
    );
    expect(panel?.["people"]).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          name: "Tom Reilly",
          role: expect.objectContaining({ label: "Manager Casework" }),
        }),
      ]),
    );
    expect(panel?.["reply"]).toMatchObject({
      templateId: "decline",
      subject: "Re: QAMT panel – Penrith CSC (December)",
    });
  });

  it("gives the reply only with --reply", async () => {
    const supervision = join(SAMPLES, "individual-supervision-google.eml");
    expect(jsonLines((await runCli(["--json", supervision])).stdout)[0]).not.toHaveProperty("reply");
    expect(jsonLines((await runCli(["--json", "--reply", supervision])).stdout)[0]).toHaveProperty("reply");
  });
});

describe("bad input in a batch", () => {
  const files = {
    "good.json": snapshotJson("QAMT review"),
    "broken.json": '{"mailbox": {}, "item": ',
    "empty.ics": "",
    "junk.eml": Uint8Array.from({ length: 2048 }, (_, index) => (index * 131) % 256),
    "no-event.ics": "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n",
    "null.json": "null",
    "notes.txt": "not an invite, and not looked at",
  };

  it("reports each unreadable file on one line, goes on with the rest, and exits 1", async () => {
    const folder = tempFolder(files);
    try {
      const run = await runCli([folder.path]);
      expect(run.status).toBe(1);
      const errors = run.stderr.trimEnd().split("\n");
      expect(errors).toEqual([
        `qa-meeting-check: ${join(folder.path, "broken.json")}: invalid JSON at line 1, column 25: unexpected end of JSON input (the file ends there: is it cut short?)`,
        `qa-meeting-check: ${join(folder.path, "empty.ics")}: the file is empty`,
        `qa-meeting-check: ${join(folder.path, "junk.eml")}: the file is binary, not text (is it an invite file?)`,
        `qa-meeting-check: ${join(folder.path, "no-event.ics")}: the calendar has no event`,
      ]);
      expect(run.stdout).toContain(`${join(folder.path, "good.json")}  "QAMT review"`);
      expect(run.stdout).toContain("null.json: skipped (not an invite snapshot)");
      expect(run.stdout).not.toContain("notes.txt");
      expect(run.stdout + run.stderr).not.toMatch(/\n\s+at /);
    } finally {
      folder.remove();
    }
  });

  it("tries a file named on the command line, whatever it is", async () => {
    const folder = tempFolder(files);
    try {
      const run = await runCli([
        join(folder.path, "null.json"),
        join(folder.path, "notes.txt"),
        join(folder.path, "good.json"),
      ]);
      expect(run.status).toBe(1);
      expect(run.stderr).toContain(
        'null.json: not an invite snapshot: expected an object with "mailbox" and "item", found null',
      );
      expect(run.stderr).toContain("notes.txt: not an invite file");
      expect(run.stdout).toContain("Verdict:");
    } finally {
      folder.remove();
    }
  });

  it("puts errors in the JSON stream and exits 1 for a missing file", async () => {
    const run = await runCli(["--json", "/no/such/invite.ics", UNKNOWN_SINGLE]);
    expect(run.status).toBe(1);
    const lines = jsonLines(run.stdout);
    expect(lines[0]).toEqual({ file: "/no/such/invite.ics", error: "no such file or folder" });
    expect(lines[1]).toMatchObject({ verdict: "unclear" });
    expect(run.stderr).toBe("");
  });
});

describe("--csv", () => {
  it("writes a header and one quoted row per input, neutralising spreadsheet formulas", async () => {
    const folder = tempFolder({
      "a.json": snapshotJson('=HYPERLINK("http://evil.example.test","QAMT review")'),
      "b.json": snapshotJson('QAMT review, "panel"\nsecond line'),
      "c.json": snapshotJson("@SUM(1+1) QAMT review"),
    });
    try {
      const run = await runCli(["--csv", folder.path]);
      expect(run.status).toBe(0);
      const rows = run.stdout.split("\r\n");
      expect(rows[0]).toBe("file,verdict,subject,organizer,other_people,roles,reasons");
      expect(rows[1]).toMatch(
        /^[^,]+a\.json,unclear,"'=HYPERLINK\(""http:\/\/evil\.example\.test"",""QAMT review""\)",Jordan Ellis <jordan\.ellis@dcj-demo\.example>,,Jordan Ellis: unknown,/,
      );
      expect(run.stdout).toContain(',"QAMT review, ""panel""\nsecond line",');
      expect(run.stdout).toContain(",'@SUM(1+1) QAMT review,");
    } finally {
      folder.remove();
    }
  });
});

describe("--manager, --directory and --me", () => {
  it("--manager makes the only other person the user's Manager Casework", async () => {
    const before = jsonLines((await runCli(["--json", UNKNOWN_SINGLE])).stdout)[0];
    expect(before).toMatchObject({ verdict: "unclear" });
    const after = jsonLines(
      (await runCli(["--json", "--manager", "pat.kim@dcj-demo.example", UNKNOWN_SINGLE])).stdout,
    )[0];
    expect(after).toMatchObject({ verdict: "one-to-one", headline: expect.stringContaining("Pat Kim") });
  });

  it("--manager does not replace the Manager Casework the file sets", async () => {
    const oneToOne = join(INVITES, "one-to-one-settings.json");
    const run = await runCli(["--json", "--manager", "someone.else@dcj-demo.example", oneToOne]);
    expect(jsonLines(run.stdout)[0]).toMatchObject({ verdict: "one-to-one" });
  });

  it("--directory gives roles, and its entries win over the file's", async () => {
    const folder = tempFolder({
      "qaci.json": JSON.stringify({ "pat.kim@dcj-demo.example": { jobTitle: "QACI Officer" } }),
      "overrides.json": JSON.stringify({
        "helen.ward@dcj-demo.example": { jobTitle: "Casework Specialist" },
      }),
    });
    try {
      const qaci = await runCli(["--json", "--directory", join(folder.path, "qaci.json"), UNKNOWN_SINGLE]);
      expect(jsonLines(qaci.stdout)[0]).toMatchObject({ verdict: "directive-applies" });
      const oneToOne = join(INVITES, "one-to-one-directory.json");
      expect(jsonLines((await runCli(["--json", oneToOne])).stdout)[0]).toMatchObject({
        verdict: "one-to-one",
      });
      const overridden = await runCli([
        "--json",
        "--directory",
        join(folder.path, "overrides.json"),
        oneToOne,
      ]);
      expect(jsonLines(overridden.stdout)[0]).not.toMatchObject({ verdict: "one-to-one" });
    } finally {
      folder.remove();
    }
  });

  it("--me takes the mailbox owner out of the people on an .ics invite", async () => {
    const ics = join(SAMPLES, "practice-quality-panel.ics");
    const names = (stdout: string) =>
      (jsonLines(stdout)[0]?.["people"] as { name: string }[]).map((person) => person.name);
    expect(names((await runCli(["--json", ics])).stdout)).toContain("Priya Nair");
    expect(
      names((await runCli(["--json", "--me", "priya.nair@dcj-demo.example", ics])).stdout),
    ).not.toContain("Priya Nair");
  });
});
