// The last check before a piece of the notes enters a letter: each frame takes only what reads as English there, and
// nothing private. Cases are notes typed by people who had never seen the product (blind reading round 2).
import { describe, expect, it } from "vitest";
import {
  asOwnQuality,
  isPrivate,
  readsAsAnswer,
  readsAsClause,
  readsAsOwnDoing,
  readsAsOwnThing,
  readsAsPhrase,
  restoreCapitals,
} from "../../../../../src/core/letters/vet-phrase.js";

describe("a phrase after 'about' or 'looking for'", () => {
  it.each([
    "keeping pickers longer",
    "the time I cut mispicks at the Reno DC",
    "how support feedback gets into the roadmap",
    "the office move in March",
    "model monitoring and drift",
    "1:1s and how I give feedback",
    "works council",
    "someone who has done a relaunch end to end",
    "help with scaling the API",
  ])("takes %j", (p) => expect(readsAsPhrase(p)).toBe(true));

  it.each([
    ["a clause with no subject", "forgot sliding window at first"],
    ["a verdict", "epic clarity reporting is a mess there"],
    ["a pronoun after an article", "an it is relaunching the brand"],
    ["a heading and a colon", "system design: design a rate limiter"],
    ["a lone describing word in a list", "shorter, staffing and training"],
    ["an answer after a comma", "if I have my own tools and truck, yes"],
    ["pay", "benefits and pension"],
    ["a bracketed aside with its own verb", "one big account (some of it was)"],
  ])("refuses %s", (_why, p) => expect(readsAsPhrase(p)).toBe(false));
});

describe("a clause after 'you mentioned that'", () => {
  it("takes what the reader said", () => {
    expect(readsAsClause("you do a science fair in March and need someone to run it")).toBe(true);
    expect(readsAsClause("you have 3,000 tenants in one database")).toBe(true);
  });
  it("refuses how the note was taken, the user's own doing, a dangling 'it' and a judgement of the reader", () => {
    expect(readsAsClause("we talked Postgres vacuuming")).toBe(false);
    expect(readsAsClause("you asked about the dashboard I built")).toBe(false);
    expect(readsAsClause("it cut report time from a week to a day")).toBe(false);
    expect(readsAsClause("you were honest its small")).toBe(false);
    expect(readsAsClause("night shift turnover is killing you")).toBe(false);
  });
});

describe("the user's own sentence", () => {
  it("takes a doing with its verb and refuses a run-on or a dangling 'it'", () => {
    expect(readsAsOwnDoing("I shipped the search rewrite")).toBe(true);
    expect(readsAsOwnDoing("I set up a triage rotation that halved the backlog at my last job")).toBe(true);
    expect(readsAsOwnDoing("I front desk keeps double booking")).toBe(false);
    expect(readsAsOwnDoing("I saw it on the tour")).toBe(false);
  });
  it("takes a thing one has, ending on its noun, and says a skill as one", () => {
    expect(readsAsOwnThing("my AWS certification")).toBe(true);
    expect(readsAsOwnThing("my forklift certified")).toBe(false);
    expect(readsAsOwnThing("my fluent French")).toBe(false);
    expect(asOwnQuality("fluent french")).toBe("I'm fluent in French");
    expect(asOwnQuality("forklift certified")).toBe("I'm forklift certified");
    expect(asOwnQuality("the search rewrite")).toBeUndefined();
  });
  it("takes an answer that says something, not 'sure'", () => {
    expect(readsAsAnswer("shift bids and cross training")).toBe(true);
    expect(readsAsAnswer("sure")).toBe(false);
    expect(readsAsAnswer("yes but not sure I do")).toBe(false);
  });
});

describe("what stays in the debrief", () => {
  it.each([
    "pay never came up at all which is the whole thing for me",
    "wanted to ask about remote Fridays but chickened out",
    "turnover went down, maybe 20%",
    "guys who can run a crew without him babysitting",
  ])("%j is private", (p) => expect(isPrivate(p)).toBe(true));
  it("a plain fact is not", () => expect(isPrivate("I ran four apprentices on the hospital job last year")).toBe(false));
});

describe("capitals", () => {
  it("come back where the dictionary knows the word only with one, and on languages", () => {
    expect(restoreCapitals("the reno DC and the madrid team")).toBe("the Reno DC and the Madrid team");
    expect(restoreCapitals("i speak spanish and french")).toBe("i speak Spanish and French");
    expect(restoreCapitals("the warehouse at home")).toBe("the warehouse at home");
  });
});

describe("a moment from notes with the answer typed in", () => {
  it("drops the answer in brackets or after a comma, and a yes-or-no question quoted without its answer", async () => {
    const { captureMoment } = await import("../../../../../src/core/letters/capture-moment.js");
    const { readerOf } = await import("../../../../../src/core/letters/read-material.js");
    const reader = readerOf("Marisa D'Souza");
    const bracket = captureMoment("she asked whether i wrote my own pipeline (yes, suite2p + custom stuff). asked a ton about the calcium imaging analysis", reader);
    expect(bracket.ok && bracket.moment).toEqual({ kind: "question", about: "the calcium imaging analysis" });
    expect(captureMoment("asked if i have my own tools and truck, yes", reader).ok).toBe(false);
  });
});

describe("a count in the notes", () => {
  it("keeps a count of real things as 'about' and drops one meant for the user, and a count before a clause takes no hyphen", async () => {
    const { stateFact } = await import("../../../../../src/core/letters/state-fact.js");
    const { cleanNote } = await import("../../../../../src/core/letters/clean-note.js");
    expect(stateFact("forgot to mention im immunization certified and did like 600 flu shots last season!!")).toEqual({
      ok: true,
      fact: "I'm immunization certified and did about 600 flu shots last season",
    });
    expect(cleanNote("grilled me on partitioning like 5 times").clauses.join(" ")).not.toMatch(/5|five|about/);
    expect(stateFact("i hired + trained like 20 ppl when we opened the 2nd building")).toEqual({
      ok: true,
      fact: "I hired and trained about 20 people when we opened the second building",
    });
  });
});

describe("a fifth stranger's notes", () => {
  it("never recalls a question about the user's own circumstances, nor an answer hedged 'true-ish'", async () => {
    const { captureMoment } = await import("../../../../../src/core/letters/capture-moment.js");
    const { readerOf } = await import("../../../../../src/core/letters/read-material.js");
    const got = captureMoment("benefits + schedule, 5 days incl every other weekend. she asked why im leaving, said growth which is true-ish lol", readerOf("Priya Raman"));
    expect(JSON.stringify(got)).not.toMatch(/leaving|growth|ish/i);
  });
  it("reads 'experienced nights people who can precept' as the need, not as something the user did", async () => {
    const { splitNeed } = await import("../../../../../src/core/letters/split-need.js");
    const got = splitNeed("experienced nights ppl who can precept. ive precepted 3 new grads on my current unit and was a super user for our epic go-live", { names: [] });
    expect(got.ok && got.value.example).toBe("I've precepted three new graduates on my current unit and was a superuser for our Epic go-live");
    expect(JSON.stringify(got)).not.toMatch(/I experienced/);
  });
  it("writes '3x a week' as three times a week", async () => {
    const { polishProse } = await import("../../../../../src/core/letters/polish-prose.js");
    expect(polishProse("I ran a tutoring block 3x a week")).toBe("I ran a tutoring block three times a week");
  });
});

describe("after the fifth blind reading", () => {
  it("refuses a question word without its verb, and writes the posting's title, Epic, months and compounds as a letter does", async () => {
    const { polishProse } = await import("../../../../../src/core/letters/polish-prose.js");
    const { describeRole } = await import("../../../../../src/core/letters/letter-facts.js");
    const { withDeterminer } = await import("../../../../../src/core/letters/shift-to-reader.js");
    expect(readsAsPhrase("the onboarding study and why only eight participants")).toBe(false);
    expect(readsAsPhrase("why the onboarding study had only eight participants")).toBe(true);
    expect(describeRole({ role: "Software Engineer II (Backend)", company: "Tallgrass Labs" })).toBe("the Software Engineer II role at Tallgrass Labs");
    expect(polishProse("a superuser for our epic go-live, kept 5 on after jan, self scheduling and cross dock timing")).toBe(
      "a superuser for our Epic go-live, kept five on after January, self-scheduling and cross-dock timing",
    );
    expect(withDeterminer("portfolio walkthrough")).toBe("the portfolio walkthrough");
  });
});
