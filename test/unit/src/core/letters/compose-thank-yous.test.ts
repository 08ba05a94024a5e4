import { describe, expect, it } from "vitest";
import {
  composeCard,
  composeCheckIn,
  composeRejectionReply,
  composeThankYous,
  formatFollowUpDay,
  missingDetail,
} from "../../../../../src/core/letters/index.js";
import { makeDebrief } from "../../../../support/letters/make-debrief.js";

describe("composeThankYous", () => {
  it("writes one letter per interviewer, addressed exactly as confirmed", () => {
    const drafts = composeThankYous({ debrief: makeDebrief(), userName: "Sam Carter" });
    expect(drafts.map((d) => [d.kind, d.interviewerId, d.recipient])).toEqual([
      ["thanks", 1, "Dana Li"],
      ["thanks", 2, "Zoë O'Neil-Brandt"],
    ]);
    expect(drafts[0]!.email).toBe("dana@acme.example");
    expect(drafts[1]!.email).toBeUndefined();
    expect(drafts[0]!.body).toContain("Dana");
    expect(drafts[1]!.body).toMatch(/Zoë(?: O'Neil-Brandt)?,/);
    for (const d of drafts) {
      expect(d.subject.length).toBeGreaterThan(5);
      expect(d.body).toContain("Senior Data Engineer role at Acme");
      expect(d.body).toContain("on Tuesday");
      expect(d.body.trim().endsWith("Sam Carter")).toBe(true);
    }
  });

  it("writes to the hiring team when nobody was named", () => {
    const [draft, ...rest] = composeThankYous({ debrief: makeDebrief({ interviewers: [] }) });
    expect(rest).toHaveLength(0);
    expect(draft!.interviewerId).toBeNull();
    expect(draft!.recipient).toBe("Acme hiring team");
    expect(draft!.body.startsWith("Dear Acme hiring team,")).toBe(true);
  });

  it("recalls each person's own moment, turned to address them", () => {
    const [dana, zoe] = composeThankYous({ debrief: makeDebrief() });
    expect(dana!.body).toContain("how I'd migrate the billing service without downtime.");
    expect(dana!.body).not.toMatch(/asked about/i);
    expect(zoe!.body).toContain("your team's move to event sourcing");
    expect(zoe!.body).not.toContain("her team");
    expect(dana!.body).not.toContain("event sourcing");
    expect(zoe!.body).not.toContain("billing service");
  });

  it("ties the fit to the team's needs and the user's own example, and adds the unsaid point", () => {
    const [dana] = composeThankYous({ debrief: makeDebrief() });
    expect(dana!.body).toContain("someone to own the data pipeline end to end");
    expect(dana!.body).toContain("cutting deploy time in half at my last job");
    expect(dana!.body).toContain("I've run on-call for a payments platform");
  });

  it("leaves out the unsaid point when no team need gives it a reason", () => {
    for (const d of composeThankYous({ debrief: makeDebrief({ teamNeeds: undefined }) })) {
      expect(d.body).not.toContain("payments platform");
      expect(d.body).not.toMatch(/team needs|team's needs|needs support/);
    }
  });

  it("names the check-in day and restates interest only when the user still wants the job", () => {
    const yes = composeThankYous({ debrief: makeDebrief({ interest: "yes" }) });
    for (const d of yes) expect(d.body).toContain("Tuesday 17 March");
    expect(yes.some((d) => /interested|keen|glad to join|welcome the chance/.test(d.body))).toBe(true);

    for (const d of composeThankYous({ debrief: makeDebrief({ interest: "unsure" }) })) {
      expect(d.body).toContain("Tuesday 17 March");
      expect(d.body).not.toMatch(/interested|keen|excited|eager|glad to join|welcome the chance/);
    }
    for (const d of composeThankYous({ debrief: makeDebrief({ interest: "no" }) })) {
      expect(d.body).not.toContain("17 March");
      expect(d.body).not.toMatch(/interested|keen|excited|eager|join|check in|follow up|get in touch|reach out/);
    }
  });

  it("stays short and honest when the debrief is thin", () => {
    const thin = makeDebrief({
      interviewers: [{ id: 1, name: "Siobhán Ní Bhriain" }],
      teamNeeds: undefined,
      wentWell: undefined,
      keyPoints: undefined,
      unsaid: undefined,
      checkinDate: undefined,
      interest: undefined,
    });
    const [draft] = composeThankYous({ debrief: thin });
    expect(draft!.body.split(/\s+/).length).toBeLessThan(60);
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

  it("embeds sentence fragments cleanly: no trailing punctuation, ordinary words lower-cased, names kept", () => {
    const d = makeDebrief({
      interviewers: [
        { id: 1, name: "Dana Li", specific: "  The Kubernetes rollout plan!!  " },
        { id: 2, name: "Tom Hughes", specific: "Kubernetes rollout plans." },
      ],
      teamNeeds: "The team needs: Faster month-end close.",
    });
    const [dana, tom] = composeThankYous({ debrief: d });
    expect(dana!.body).toContain("the Kubernetes rollout plan");
    expect(dana!.body).not.toContain("!!");
    expect(tom!.body).toContain("Kubernetes rollout plans");
    expect(tom!.body).not.toContain("plans..");
    for (const d of [dana!, tom!]) expect(d.body).toContain(": faster month-end close.");
  });
});

describe("composeCard", () => {
  it("is a short card for one person and refuses someone who was not there", () => {
    const ctx = { debrief: makeDebrief(), userName: "Sam Carter" };
    const card = composeCard(ctx, 2);
    const letter = composeThankYous(ctx)[1]!;
    expect(card.kind).toBe("card");
    expect(card.recipient).toBe("Zoë O'Neil-Brandt");
    expect(card.body.length).toBeLessThan(letter.body.length / 2);
    expect(card.body).toContain("event sourcing");
    expect(() => composeCard(ctx, 99)).toThrow(/not part of interview 7/);
  });
});

describe("composeCheckIn", () => {
  it("goes to the recruiter when one is involved, else the first interviewer", () => {
    const viaRecruiter = composeCheckIn({ debrief: makeDebrief({ recruiter: { name: "Renée Lefèvre", email: "renee@agency.example" } }) });
    expect(viaRecruiter.recipient).toBe("Renée Lefèvre");
    expect(viaRecruiter.email).toBe("renee@agency.example");
    expect(viaRecruiter.interviewerId).toBeNull();
    expect(viaRecruiter.body.startsWith("Dear Renée,")).toBe(true);
    const direct = composeCheckIn({ debrief: makeDebrief() });
    expect(direct.recipient).toBe("Dana Li");
    expect(direct.interviewerId).toBe(1);
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
    expect(reply.body).toContain("how I'd migrate the billing service without downtime");
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
});

describe("missingDetail", () => {
  it("asks the single most useful question first, and nothing when the debrief is complete", () => {
    expect(missingDetail(makeDebrief({ interviewers: [] }))).toMatch(/Who interviewed you/);
    expect(missingDetail(makeDebrief({ role: " " }))).toMatch(/title of the role/);
    expect(missingDetail(makeDebrief({ company: undefined }))).toMatch(/Which company/);
    const vague = makeDebrief();
    vague.interviewers[1] = { id: 2, name: "Zoë O'Neil-Brandt" };
    expect(missingDetail(vague)).toBe("What's one thing Zoë asked or talked about that stayed with you?");
    expect(missingDetail(makeDebrief({ teamNeeds: undefined }))).toMatch(/team needs/);
    expect(missingDetail(makeDebrief({ wentWell: undefined, keyPoints: undefined }))).toMatch(/landed best/);
    expect(missingDetail(makeDebrief({ interest: undefined }))).toMatch(/still want this job/);
    expect(missingDetail(makeDebrief())).toBeUndefined();
  });
});
