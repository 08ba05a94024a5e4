// A deterministic corpus of debriefs for the letter tests: thin and rich, one to four interviewers (and none),
// every interest, with and without dates, and names with accents, hyphens and apostrophes.
import type { Debrief, Interest, Interviewer } from "../../../src/core/model/interview.js";
import { seededRandom as random } from "../seeded-random.js";

/** One generated case: a debrief and who signs its letters. */
export interface Case {
  debrief: Debrief;
  userName?: string;
  richness: "thin" | "medium" | "rich";
}

const PEOPLE = [
  "Zoë O'Neil-Brandt",
  "José Ortega y Gasset",
  "Siobhán Ní Bhriain",
  "Dana Li",
  "Dr. Amara Okafor",
  "Łukasz Wójcik",
  "Mei-Ling Chen",
  "D'Arcy Thompson",
  "Anne-Marie Dubois",
  "Nguyễn Thị Lan",
  "Björn Åkesson",
  "Priya Raghunathan",
  "Tom Hughes",
  "Fatima Al-Sayed",
  "Kai Müller",
  "Ngozi Adeyemi",
  "Seán Ó Dálaigh",
  "Marcus O'Brien",
  "Hana Kobayashi",
  "Chiara Bianchi",
];

const TITLES = ["Engineering Manager", "VP, Engineering", "Head of Design", "Principal Engineer", "Director of Operations", "the hiring manager", "Team Lead"];

const COMPANIES = ["Acme", "Globex", "Initech", "Müller & Söhne", "O'Reilly Analytics", "Northwind Traders", "Fabrikam", "Zephyr.io", "Wayfarer Health", "Blue Heron Labs", "Contoso Ltd"];

const ROLES = [
  "Senior Data Engineer",
  "Product Designer",
  "Customer Success Manager",
  "Staff Software Engineer, Payments",
  "Head of People",
  "UX Researcher",
  "Backend Developer",
  "Marketing Coordinator",
  "Registered Nurse",
  "Financial Analyst",
  "Site Reliability Engineer",
];

const SPECIFICS = [
  "Asked about how I'd migrate the billing service without downtime.",
  "She talked about her team's move to event sourcing",
  "asked me why I left my last job",
  "He said the team ships to production every day.",
  "the on-call rotation and how incidents get reviewed",
  "Wanted to know how I prioritize competing requests",
  "Mentioned that the product launches in three new markets next spring",
  "her question on accessibility audits",
  "How we'd measure success in the first 90 days",
  "Pushed on my SQL skills",
  "the patient-safety checklist she designed",
  "Talked a lot about mentoring junior designers",
  "Asked how I would handle a difficult client.",
  "  the quarterly planning process!! ",
];

const NEEDS = [
  "They need someone to own the data pipeline end to end.",
  "scaling support for enterprise customers",
  "The team needs help reducing churn in the first 90 days",
  "a designer who can run user research on their own",
  "faster month-end close",
  "Kubernetes expertise for the platform migration",
];

const WENT_WELL = [
  "My example of cutting deploy time in half at my last job",
  "the system design exercise",
  "I explained how I rebuilt onboarding for 200 clients",
  "talking about the accessibility audit I led",
  "the case study on reducing ward handover errors",
];

const KEY_POINTS = ["team of six, hybrid, reports to the VP", "the roadmap for next year and the move to usage-based pricing", "how the two squads split the work"];

const UNSAID = [
  "I speak Portuguese, which matters for the Lisbon office",
  "I hold a current ACLS certification",
  "I built a churn model in Python last year",
  "I've run quarterly planning for a team of twelve",
];

const RECRUITERS = ["Renée Lefèvre", "Oisín Mac Giolla", "Lars-Erik Nyström"];
const USERS = ["Sam Carter", "Aoife Ní Bhraonáin", "Jean-Baptiste N'Diaye", undefined];
const INTERESTS: (Interest | undefined)[] = ["yes", "unsure", "no", undefined];


function isoDay(base: Date, plusDays: number): string {
  return new Date(base.getTime() + plusDays * 86_400_000).toISOString().slice(0, 10);
}

/** Builds `count` debriefs; case i has 1 + (i mod 4) interviewers, except every eleventh, which names nobody. */
export function generateDebriefs(count = 48): Case[] {
  const cases: Case[] = [];
  for (let i = 0; i < count; i++) {
    const r = random(1000 + i);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
    const richness = (["thin", "medium", "rich"] as const)[i % 3]!;
    const people = i % 11 === 10 ? 0 : 1 + (i % 4);
    const names = [...PEOPLE].sort(() => r() - 0.5).slice(0, people);
    const specifics = [...SPECIFICS].sort(() => r() - 0.5);
    const interviewers: Interviewer[] = names.map((name, j) => ({
      id: 100 * i + j + 1,
      name,
      ...(richness !== "thin" || r() < 0.3 ? { title: pick(TITLES) } : {}),
      ...(r() < 0.6 ? { email: `person${j}@example.com` } : {}),
      // Thin debriefs know nothing specific; medium ones know it for some people; rich ones for everybody.
      ...(richness === "rich" || (richness === "medium" && j % 2 === 0) ? { specific: specifics[j]! } : {}),
    }));
    const happened = new Date(Date.UTC(2026, Math.floor(r() * 12), 1 + Math.floor(r() * 27), 8 + Math.floor(r() * 10), 30));
    const hasDecision = r() < 0.5;
    const hasCheckin = i % 7 !== 3;
    const interest = INTERESTS[Math.floor(i / 3) % 4];
    const debrief: Debrief = {
      id: i + 1,
      status: "active",
      company: richness === "thin" && i % 6 === 0 ? undefined : pick(COMPANIES),
      role: richness === "thin" && i % 9 === 0 ? undefined : pick(ROLES),
      happenedAt: richness === "thin" && i % 12 === 0 ? undefined : happened.toISOString(),
      format: pick(["video", "phone", "on site"]),
      interviewers,
      ...(interest ? { interest } : {}),
      ...(hasDecision ? { decisionDate: isoDay(happened, 7) } : {}),
      ...(hasCheckin ? { checkinDate: isoDay(happened, hasDecision ? 9 : 14) } : {}),
      ...(r() < 0.4 ? { recruiter: { name: pick(RECRUITERS), email: "recruiter@example.com" } } : {}),
    };
    if (richness !== "thin") {
      debrief.teamNeeds = pick(NEEDS);
      debrief.wentWell = pick(WENT_WELL);
    }
    if (richness === "rich") {
      debrief.keyPoints = pick(KEY_POINTS);
      debrief.unsaid = pick(UNSAID);
      debrief.nextSteps = "a decision within two weeks";
    }
    if (richness === "thin" && i % 5 === 0) debrief.unsaid = pick(UNSAID);
    cases.push({ debrief, userName: USERS[i % USERS.length], richness });
  }
  return cases;
}
