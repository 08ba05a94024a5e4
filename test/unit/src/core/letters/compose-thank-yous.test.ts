import { describe, expect, it } from "vitest";
import { composeCard, composeCheckIn, composeRejectionReply, composeThankYous, formatFollowUpDay, readMaterial } from "../../../../../src/core/letters/index.js";
import { makeDebrief } from "../../../../support/letters/make-debrief.js";

describe("composeThankYous", () => {
  it("writes one letter per interviewer, addressed exactly as confirmed and signed with the user's name", () => {
    const drafts = composeThankYous({ debrief: makeDebrief(), userName: "Sam Carter" });
    expect(drafts.map((d) => [d.kind, d.interviewerId, d.recipient])).toEqual([
      ["thanks", 1, "Dana Li"],
      ["thanks", 2, "Zoë O'Neil-Brandt"],
    ]);
    expect(drafts[0]!.email).toBe("dana@acme.example");
    expect(drafts[1]!.email).toBeUndefined();
    expect(drafts.map((d) => d.body.split("\n")[0])).toEqual(["Dear Dana,", "Dear Zoë,"]);
    for (const d of drafts) {
      expect(d.body).toContain("Senior Data Engineer role at Acme");
      expect(d.body).toMatch(/on Tuesday|Tuesday's/);
      expect(d.body.trim().split("\n").pop()).toBe("Sam Carter");
    }
  });

  it("greets formally when the user chose it: title and surname, else the full name", () => {
    const d = makeDebrief({ interviewers: [{ id: 1, name: "Dr. Amara Okafor" }, { id: 2, name: "Dana Li" }] });
    expect(composeThankYous({ debrief: d, greeting: "formal" }).map((x) => x.body.split("\n")[0])).toEqual(["Dear Dr. Okafor,", "Dear Dana Li,"]);
    expect(composeThankYous({ debrief: d }).map((x) => x.body.split("\n")[0])).toEqual(["Dear Dr. Okafor,", "Dear Dana,"]);
  });

  it("writes to the hiring team when nobody was named", () => {
    const [draft, ...rest] = composeThankYous({ debrief: makeDebrief({ interviewers: [] }) });
    expect(rest).toHaveLength(0);
    expect(draft!.interviewerId).toBeNull();
    expect(draft!.recipient).toBe("Acme hiring team");
    expect(draft!.body.startsWith("Dear Acme hiring team,")).toBe(true);
  });

  it("recalls each person's own moment from typed notes, spelled out and turned to address them", () => {
    const [dana, zoe] = composeThankYous({ debrief: makeDebrief() });
    expect(dana!.body).toContain("migrating the billing service without downtime");
    expect(dana!.body).not.toMatch(/w\/o|\bid\b|she asked/);
    expect(zoe!.body).toContain("your team's move to event sourcing");
    expect(zoe!.body).not.toMatch(/\bher\b|\bshe\b/);
    expect(dana!.body).not.toContain("event sourcing");
    expect(zoe!.body).not.toContain("billing service");
  });

  it("separates the need from the user's example and gives the fit to one reader; the aside is dropped, the fact kept", () => {
    const [dana, zoe] = composeThankYous({ debrief: makeDebrief() });
    // The need and the example in one linked sentence, the small number in words.
    expect(dana!.body).toMatch(
      /(?:You're looking for someone to own the data pipeline end to end, and|Since you're looking for someone to own the data pipeline end to end, it may help to know that) I did that at Stripe for three years\./,
    );
    expect(zoe!.body).not.toContain("Stripe");
    const withUnsaid = [dana!, zoe!].filter((d) => d.body.includes("I also ran on-call for a payments platform"));
    expect(withUnsaid).toHaveLength(1);
    for (const d of [dana!, zoe!]) expect(d.body).not.toMatch(/forgot|tbh|nailed|caching/);
  });

  it("names the check-in day and restates interest only when the user still wants the job", () => {
    const yes = composeThankYous({ debrief: makeDebrief({ interest: "yes" }) });
    // Said as a person says it a day after the interview: the plan's own date, in the same month.
    for (const d of yes) expect(d.body).toContain("Tuesday the 17th");
    expect(yes.some((d) => /interested|keen|glad to take this further|welcome the chance|keep the conversation going|next steps/.test(d.body))).toBe(true);
    for (const d of composeThankYous({ debrief: makeDebrief({ interest: "unsure" }) })) {
      expect(d.body).toContain("Tuesday the 17th");
      expect(d.body).not.toMatch(/interested|keen|excited|eager|glad to join|welcome the chance/);
    }
    for (const d of composeThankYous({ debrief: makeDebrief({ interest: "no" }) })) {
      expect(d.body).not.toContain("17 March");
      expect(d.body).not.toMatch(/interested|keen|excited|eager|join|check in|follow up|get in touch|reach out/);
    }
  });

  it("stays short and honest when the debrief is thin: no padding, and the missing note is asked about", () => {
    const thin = makeDebrief({ interviewers: [{ id: 1, name: "Siobhán Ní Bhriain" }], teamNeeds: undefined, unsaid: undefined, checkinDate: undefined, interest: undefined });
    const [draft] = composeThankYous({ debrief: thin });
    const words = draft!.body.split(/\s+/).length;
    expect(words).toBeGreaterThanOrEqual(20);
    expect(words).toBeLessThan(45);
    expect(draft!.body).not.toMatch(/learn|sense of|picture of|anything else|Thank you again/);
    expect(readMaterial(thin).gaps).toEqual([{ slot: "moment:1", interviewerId: 1, reason: "missing" }]);
    expect(draft!.body).toContain("Siobhán");
    expect(draft!.body).not.toMatch(/need|example|experience|didn't come up|check in/);
  });

  it("gives each variant a different wording, deterministically", () => {
    const bodies = [0, 1, 2].map((variant) => composeThankYous({ debrief: makeDebrief(), variant })[0]!.body);
    expect(new Set(bodies).size).toBe(3);
    expect(composeThankYous({ debrief: makeDebrief(), variant: 1 })[0]!.body).toBe(bodies[1]);
    expect(composeThankYous({ debrief: makeDebrief(), variant: 1_000_001 })[0]!.body).toBeTruthy();
    expect(composeThankYous({ debrief: makeDebrief(), variant: -3 })[0]!.body).toBeTruthy();
  });

  it("takes the weekday in the user's time zone when given", () => {
    // 02:00 UTC on Wednesday is still Tuesday evening in Los Angeles.
    const d = makeDebrief({ happenedAt: "2026-03-04T02:00:00.000Z" });
    expect(composeThankYous({ debrief: d })[0]!.body).toContain("on Wednesday");
    expect(composeThankYous({ debrief: d, tz: "America/Los_Angeles" })[0]!.body).toContain("on Tuesday");
    expect(composeThankYous({ debrief: d, tz: "Not/AZone" })[0]!.body).toContain("on Wednesday");
  });

  it("cleans what it embeds: no exclamation runs, a topic gets its article, a need its lead removed, names kept", () => {
    const d = makeDebrief({
      interviewers: [
        { id: 1, name: "Dana Li", specific: "  kubernetes rollout plan!!  " },
        { id: 2, name: "Tom Hughes", specific: "Kubernetes rollout plans." },
      ],
      teamNeeds: "The team needs: Faster month-end close.",
    });
    const [dana, tom] = composeThankYous({ debrief: d });
    expect(dana!.body).toContain("the Kubernetes rollout plan.");
    expect(dana!.body).not.toContain("!!");
    expect(tom!.body).toContain("Kubernetes rollout plans");
    expect([dana!, tom!].filter((x) => x.body.includes("The team needs faster month-end close"))).toHaveLength(1);
  });

  it("leaves out what the gate refuses and says which beats to ask about: an emoji, a 20,000-character paste", () => {
    const d = makeDebrief({
      interviewers: [
        { id: 1, name: "Dana Li", specific: "😬🙃" },
        { id: 2, name: "Tom Hughes", specific: "so basically ".repeat(1600) },
      ],
      unsaid: "nothing really",
    });
    const [dana, tom] = composeThankYous({ debrief: d, userName: "Sam Carter" });
    expect(dana!.body).not.toMatch(/\p{Extended_Pictographic}/u);
    expect(tom!.body.length).toBeLessThan(1500);
    expect(tom!.body).not.toContain("basically");
    expect(readMaterial(d).gaps.map((g) => `${g.slot}:${g.reason}`)).toEqual(["moment:1:empty", "moment:2:long"]);
  });
});

describe("composeCard", () => {
  it("is a short card for one person, with no email subject, and refuses someone who was not there", () => {
    const ctx = { debrief: makeDebrief(), userName: "Sam Carter" };
    const card = composeCard(ctx, 2);
    const letter = composeThankYous(ctx)[1]!;
    expect(card.kind).toBe("card");
    expect(card.subject).toBe("");
    expect(card.recipient).toBe("Zoë O'Neil-Brandt");
    expect(card.body.length).toBeLessThan(letter.body.length * 0.75);
    expect(card.body).toContain("event sourcing");
    expect(() => composeCard(ctx, 99)).toThrow(/not part of interview 7/);
  });
});

describe("composeCheckIn", () => {
  it("goes to the recruiter when one is involved and speaks of the notes sent to the interviewers; else the first interviewer", () => {
    const viaRecruiter = composeCheckIn({ debrief: makeDebrief({ recruiter: { name: "Renée Lefèvre", email: "renee@agency.example" } }) });
    expect(viaRecruiter.recipient).toBe("Renée Lefèvre");
    expect(viaRecruiter.email).toBe("renee@agency.example");
    expect(viaRecruiter.interviewerId).toBeNull();
    expect(viaRecruiter.body.startsWith("Dear Renée,")).toBe(true);
    expect(viaRecruiter.body).toContain("Dana Li and Zoë O'Neil-Brandt");
    expect(viaRecruiter.body).not.toMatch(/my thank-you note/);
    const direct = composeCheckIn({ debrief: makeDebrief() });
    expect(direct.recipient).toBe("Dana Li");
    expect(direct.interviewerId).toBe(1);
  });

  it("names the interview's date unambiguously, two weeks on", () => {
    expect(composeCheckIn({ debrief: makeDebrief() }).body).toContain("interview on Tuesday 3 March");
  });

  it("asks gently about the decision, the note and anything else, and claims interest only when true", () => {
    for (const variant of [0, 1, 2]) {
      const yes = composeCheckIn({ debrief: makeDebrief(), variant }).body;
      expect(yes).toMatch(/decision/);
      expect(yes).toMatch(/note/);
      expect(yes).toMatch(/anything else|more I can share/);
      expect(yes).toMatch(/interest|keen/);
      const no = composeCheckIn({ debrief: makeDebrief({ interest: "no" }), variant }).body;
      expect(no).not.toMatch(/interested|interest to me|keen/);
    }
  });
});

describe("composeRejectionReply", () => {
  it("thanks for the consideration, recalls one good moment and leaves the door open", () => {
    const reply = composeRejectionReply({ debrief: makeDebrief(), userName: "Sam Carter" });
    expect(reply.kind).toBe("rejection");
    expect(reply.body).toMatch(/consider/);
    expect(reply.body).toContain("migrating the billing service without downtime");
    expect(reply.body).toMatch(/considered|kept in mind/);
  });

  it("names the interviewer when it goes to the recruiter, and does not ask to be considered when the user is done", () => {
    const reply = composeRejectionReply({ debrief: makeDebrief({ recruiter: { name: "Renée Lefèvre" }, interest: "no" }) });
    expect(reply.recipient).toBe("Renée Lefèvre");
    expect(reply.body).toContain("Dana");
    expect(reply.body).not.toMatch(/considered again|kept in mind|future roles/);
  });
});

describe("formatFollowUpDay", () => {
  it("renders a calendar date as weekday, day and month", () => {
    expect(formatFollowUpDay("2025-12-05")).toBe("Friday 5 December");
    expect(formatFollowUpDay("2026-12-05")).toBe("Saturday 5 December");
    expect(formatFollowUpDay("2026-03-17")).toBe("Tuesday 17 March");
    expect(() => formatFollowUpDay("next Friday")).toThrow(/YYYY-MM-DD/);
    expect(() => formatFollowUpDay("2026-02-30")).toThrow();
  });

  it("names days the way the reader's country writes them: 'Tuesday, April 7' in the US, 'Tuesday 7 April' in Britain", () => {
    const d = makeDebrief({ interest: "yes", checkinDate: "2026-04-07" });
    const us = composeThankYous({ debrief: d, tz: "America/Chicago" }).map((x) => x.body).join("\n");
    const uk = composeThankYous({ debrief: d, tz: "Europe/London" }).map((x) => x.body).join("\n");
    expect(us).toContain("Tuesday, April 7");
    expect(uk).toContain("Tuesday 7 April");
    expect(composeCheckIn({ debrief: d, tz: "America/Chicago" }).body).toMatch(/Tuesday, March \d+/);
  });

  it("says a qualification that never came up without an 'also' when nothing comes before it", () => {
    const d = makeDebrief({ interviewers: [{ id: 1, name: "Kim Tran" }], teamNeeds: undefined, unsaid: "i sign asl", interest: "yes" });
    const [kim] = composeThankYous({ debrief: d });
    expect(kim!.body).toMatch(/I sign ASL/);
    expect(kim!.body).not.toMatch(/I also sign/);
  });
});
