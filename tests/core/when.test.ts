import { analyze, builtInPolicy, formatWhen, parseSnapshot, renderReply } from "../../src/core";
import { formatWhenFor } from "../../src/core/when";
import { attendee, invite, MCS, QACI } from "../support/invite-builder";

describe("when the meeting is, in the reader's time zone", () => {
  it("gives a UTC time as the reader's clock, on the reader's date", () => {
    expect(formatWhenFor("2026-12-09T23:00:00Z", "Australia/Sydney")).toBe(
      "Thursday 10 December 2026, 10:00 am",
    );
    expect(formatWhenFor("2026-12-09T23:00:00Z", "UTC")).toBe("Wednesday 9 December 2026, 11:00 pm");
  });

  it("names the reader's zone when the invite was written in a zone whose clock differs", () => {
    expect(formatWhenFor("2026-12-10T09:00:00+01:00", "Australia/Sydney", "Europe/Berlin")).toBe(
      "Thursday 10 December 2026, 7:00 pm (Sydney time)",
    );
    expect(formatWhenFor("2026-12-10T09:00:00-05:00", "America/Argentina/Buenos_Aires")).toBe(
      "Thursday 10 December 2026, 11:00 am (Buenos Aires time)",
    );
    expect(formatWhenFor("2026-12-10T09:00:00+01:00", "UTC", "Europe/Berlin")).toBe(
      "Thursday 10 December 2026, 8:00 am (UTC time)",
    );
  });

  it("does not name the zone when the clocks agree, whatever the zones are called", () => {
    expect(formatWhenFor("2026-12-10T14:00:00+11:00", "Australia/Melbourne", "Australia/Sydney")).toBe(
      "Thursday 10 December 2026, 2:00 pm",
    );
  });

  it("gives an all-day event's date alone, the same in every zone", () => {
    for (const zone of ["Pacific/Kiritimati", "UTC", "Pacific/Pago_Pago"]) {
      expect(formatWhenFor("2026-12-10", zone)).toBe("Thursday 10 December 2026");
    }
  });

  it("leaves a floating time as written", () => {
    expect(formatWhenFor("2026-12-10T14:00:00", "Pacific/Pago_Pago")).toBe(
      "Thursday 10 December 2026, 2:00 pm",
    );
  });

  it("without a reader's zone, gives the time on the clock it was written in", () => {
    expect(formatWhen("2026-12-10T09:00:00+01:00")).toBe("Thursday 10 December 2026, 9:00 am");
    expect(formatWhen("2026-12-10T03:00:00Z")).toBe("Thursday 10 December 2026, 3:00 am");
    expect(formatWhen("2026-12-10")).toBe("Thursday 10 December 2026");
  });

  it("puts the reader's time in the reply", () => {
    const snapshot = parseSnapshot(
      invite({
        subject: "QAMT review",
        requiredAttendees: [attendee(QACI), attendee(MCS)],
        start: "2026-12-10T09:00:00+01:00",
        timeZone: "Europe/Berlin",
      }),
    );
    const policy = builtInPolicy();
    const when = formatWhenFor(snapshot.item.start, "Australia/Perth", snapshot.item.timeZone);
    const reply = renderReply(snapshot, analyze(snapshot, policy), policy, { when });
    expect(reply.text).toContain('"QAMT review" on Thursday 10 December 2026, 4:00 pm (Perth time)');
  });
});
