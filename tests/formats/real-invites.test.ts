import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describeWithShared } from "../support/shared-folder";
import { itemOf, readPath, verdictOf } from "./read-helpers";

describeWithShared("real-invites", "real invites written by calendar software", (REAL) => {
  const topLevel = readdirSync(REAL).filter((name) => /\.(ics|eml|msg)$/i.test(name));
  const notRequests = readdirSync(join(REAL, "not-requests"));

  it("finds the files", () => {
    expect(topLevel.length).toBeGreaterThanOrEqual(13);
    expect(notRequests.length).toBeGreaterThanOrEqual(2);
  });

  // Ordinary meetings from other people's calendars: none of them is about QA.
  it.each(topLevel)("%s is read as an invite, and is not a QA review", async (name) => {
    const reading = await readPath(join(REAL, name));
    expect(reading.kind).toBe("invite");
    expect(verdictOf(reading)).toBe("not-qa-review");
  });

  it.each(notRequests)("not-requests/%s is reported as not a request", async (name) => {
    const reading = await readPath(join(REAL, "not-requests", name));
    expect(reading.kind).toBe("not-request");
  });

  it("reports the cancellation as a cancellation", async () => {
    const reading = await readPath(
      join(REAL, "not-requests", "releases-comm-central__cancel-single-event.eml"),
    );
    expect(reading).toEqual({ kind: "not-request", reason: "a meeting cancellation" });
  });

  it("reads Outlook's line folds in a long location", async () => {
    const reading = await readPath(join(REAL, "ical.net__Outlook2007LineFolds.ics"));
    const item = itemOf(reading);
    expect(item.location).toBe(
      "The Exceptionally Long Named Meeting Room Whose Name Wraps Over Several Lines When Exported From Leading Calendar and Office Software Application Microsoft Office 2007",
    );
    expect(item.resources).toEqual([
      expect.objectContaining({ displayName: "4th Floor Meeting Room", recipientType: "other" }),
    ]);
  });

  it("resolves an Outlook Windows time zone name through the calendar's VTIMEZONE", async () => {
    const reading = await readPath(join(REAL, "biweekly__outlook-2010.ics"));
    const item = itemOf(reading);
    expect(item.start).toBe("2013-06-10T12:00:00-04:00");
    expect(item.timeZone).toBeUndefined();
    expect(item.body).toContain("Meeting will discuss objectives for next project.");
    expect(item.optionalAttendees).toEqual([expect.objectContaining({ displayName: "Doe, John" })]);
  });

  it("uses the Finnish Teams e-mail text when the calendar's description is empty", async () => {
    const reading = await readPath(join(REAL, "releases-comm-central__teams-meeting-invite.eml"));
    const item = itemOf(reading);
    expect(item.body).toContain("Microsoft Teams -kokous");
    expect(item.start).toBe("2020-12-02T19:00:00+02:00");
  });

  it("turns an HTML description into plain text", async () => {
    const reading = await readPath(join(REAL, "kcalutils__itip-event-with-html-description.ics"));
    const item = itemOf(reading);
    expect(item.body).toContain("Das ist eine mehrzeilige Beschreibung");
    expect(item.body).not.toMatch(/<\/?[bi]>/);
    expect(item.location).toBe("Osnabrück");
  });

  it("keeps a delegate listed in a delegation request", async () => {
    const reading = await readPath(join(REAL, "kcalutils__itip-event-delegation-request.ics"));
    const item = itemOf(reading);
    expect(item.requiredAttendees.map((person) => person.emailAddress)).toContain(
      "emanuel.schuetze@intevation.de",
    );
  });

  it("reads an invite whose DTEND is not a real date, leaving the end out", async () => {
    const reading = await readPath(join(REAL, "libical__complex-mime.txt.eml"));
    const item = itemOf(reading);
    expect(item.start).toBe("1997-06-21T17:00:00Z");
    expect(item.end).toBeUndefined();
    expect(item.requiredAttendees.every((person) => person.recipientType === "distributionList")).toBe(true);
  });

  it("takes the mailbox owner from Delivered-To", async () => {
    const reading = await readPath(join(REAL, "postal-mime__calendar-event.eml"));
    expect(reading.kind === "invite" && reading.snapshot.mailbox.emailAddress).toBe("andris@ethereal.email");
  });
});
