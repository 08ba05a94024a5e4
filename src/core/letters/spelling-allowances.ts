// What the en-US Hunspell list lacks but a job seeker's letter may fairly contain: workplace words and British spellings.

/** Workplace and tech words missing from dictionary-en, lower case. */
export const WORKPLACE_WORDS: ReadonlySet<string> = new Set(
  `onboarding offboarding roadmap roadmaps backend frontend walkthrough walkthroughs fintech devops microservice microservices
  codebase codebases cybersecurity hackathon hackathons upskilling reskilling toolchain runbook runbooks standup standups kanban
  ecommerce edtech healthtech learnings scalable timezone timezones handoff handoffs signup chatbot chatbots serverless
  observability uptime bugfix hotfix hotfixes frontline upsell cofounder cofounders okr okrs kpi kpis saas b2b b2c
  dataset datasets datastore on-call oncall`.split(/\s+/),
);

// British spellings mapped to the American forms the dictionary holds: colour → color, organise → organize, centre → center.
const BRITISH: [RegExp, string][] = [
  [/our(s|ed|ing|ite|ites|able|ably|er|ers)?$/, "or$1"],
  [/our(?=[a-z])/, "or"],
  [/is(e|es|ed|ing|ation|ations|er|ers)$/, "iz$1"],
  [/ys(e|es|ed|ing)$/, "yz$1"],
  [/tre(s)?$/, "ter$1"],
  [/ogue(s)?$/, "og$1"],
  [/gement(s)?$/, "gment$1"],
  [/ll(ed|ing|er|ers)$/, "l$1"],
  [/ence(s)?$/, "ense$1"],
  [/mme(s)?$/, "m$1"],
  [/nt$/, "ned"],
  [/lt$/, "lled"],
];

/** True when a British spelling of a word the dictionary knows in its American form. */
export function isBritishSpelling(word: string, correct: (w: string) => boolean): boolean {
  const lower = word.toLowerCase();
  return BRITISH.some(([from, to]) => from.test(lower) && correct(lower.replace(from, to)));
}
