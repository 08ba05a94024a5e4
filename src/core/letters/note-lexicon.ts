// The words of hurried notes, as data: shorthand to spell out, chat register to drop, self-talk to route to coaching.

export { ID_AS_I_WOULD, SHORTHAND } from "./note-shorthand.js";

/** Chat register dropped from notes wherever it stands: interjections, hedges, fillers. */
export const CHAT_WORDS: ReadonlySet<string> = new Set(
  `lol lmao rofl omg ugh ughh ugh. haha hahaha hah heh yay yikes oof meh hmm hmmm welp whoa wow woo ooh oops
  tbh tbf imo imho idk ngl fwiw btw iirc afaik smh fml jk lowkey highkey kinda sorta basically literally honestly
  totally seriously obvs obviously anyway anyways actually prolly`.split(/\s+/),
);

/** Multi-word chat register, matched as phrases (lower case, after shorthand). */
export const CHAT_PHRASES: readonly string[] = [
  "to be honest",
  "in my opinion",
  "i guess",
  "i think",
  "i feel like",
  "kind of",
  "sort of",
  "pretty much",
  "and stuff",
  "and stuff like that",
  "stuff like that",
  "or whatever",
  "or something",
  "and whatnot",
  "you know",
  "i mean",
  "mostly",
  "the whole time",
  "all the time",
];

/** Clauses that judge the interview or the user's own performance: they feed the coaching, never a letter. */
export const SELF_ASSESSMENT: readonly string[] = [
  "went well",
  "went ok",
  "went okay",
  "went fine",
  "went badly",
  "went great",
  "went poorly",
  "nailed it",
  "nailed",
  "crushed it",
  "killed it",
  "bombed",
  "blew it",
  "messed up",
  "screwed up",
  "rambled",
  "fumbled",
  "blanked",
  "froze",
  "stumbled",
  "stammered",
  "undersold",
  "oversold",
  "came across",
  "came off",
  "was nervous",
  "felt nervous",
  "felt good",
  "felt bad",
  "felt great",
  "felt awkward",
  "was awkward",
  "awkward",
  "nervous",
  "hard to read",
  "seemed to like",
  "seemed impressed",
  "seemed bored",
  "seemed happy",
  "liked my",
  "loved my",
  "did great",
  "did well",
  "did badly",
  "did ok",
  "not sure how it went",
  "not my best",
  "my best answer",
  "my worst answer",
  "good vibes",
  "bad vibes",
  "vibe",
  "vibes",
  "landed well",
  "landed",
  "fell flat",
  "weak answer",
  "weakest",
  "strongest",
  "i think i",
  "i hope i",
];

/** Notes to self that wrap a fact: the fact after them is kept ("forgot to mention I shipped X" → "I shipped X"). */
export const FACT_WRAPPERS: readonly string[] = [
  "forgot to mention that",
  "forgot to mention",
  "forgot to say that",
  "forgot to say",
  "forgot to bring up",
  "didn't get to mention that",
  "didn't get to mention",
  "didn't get to say",
  "didn't mention that",
  "didn't mention",
  "never mentioned that",
  "never mentioned",
  "never got to mention",
  "meant to mention",
  "meant to say",
  "should have said that",
  "should have said",
  "should have mentioned that",
  "should have mentioned",
  "should have brought up",
  "should have talked about",
  "wish i had said that",
  "wish i had said",
  "wish i had mentioned",
  "wish i'd said",
  "wish i'd mentioned",
  "could have mentioned",
  "could have said",
  "i should mention that",
  "i should mention",
  "should mention",
];

/** Notes to self that carry nothing a reader should see: the whole clause is dropped. */
export const SELF_NOTES: readonly string[] = [
  "note to self",
  "remember to",
  "need to send",
  "need to follow up",
  "need to look up",
  "look up",
  "todo",
  "to do",
  "follow up with",
  "send her",
  "send him",
  "send them",
  "ask recruiter",
  "ask the recruiter",
  "check with",
  "google",
];

/** Tech and product words as their makers spell them, for words a note typed in lower case. */
export const TECH_CASING: Readonly<Record<string, string>> = Object.fromEntries(
  `Kafka Airflow Terraform Kubernetes Docker PostgreSQL Postgres MySQL MongoDB Redis Snowflake BigQuery Databricks Spark Flink
  GraphQL TypeScript JavaScript Python Java Golang Rust Scala Kotlin Swift React Angular Vue Node.js Django Rails Figma Jira
  Salesforce HubSpot Tableau Looker Excel Jenkins GitHub GitLab Linux Android iOS AWS GCP Azure SQL ETL API APIs CI CD SRE
  SLA SLAs SLO SLOs DAG DAGs ML AI LLM LLMs NLP UX UI QA B2B SaaS HL7 FHIR HIPAA SOX GAAP IFRS WCAG ICU NHS ACLS CPR OKR OKRs
  KPI KPIs K8s CRM Spanish Portuguese French German Italian Mandarin Cantonese Japanese Korean Arabic Hindi Dutch Polish
  Czech Russian English Redshift dbt Irish Swedish Norwegian Danish Finnish Greek Turkish Hebrew Ukrainian Vietnamese ERP SAP NetSuite Zendesk Intercom Stripe Shopify Twilio Datadog Grafana Prometheus Elasticsearch Ansible Helm PhD MBA CPA AFib NGSS GIS AICP CCH EHR EMR PCCN CCRN BLS PALS NCLEX RN LPN CNA OSHA LEED CAD BIM ADA PMP CFA FINRA`
    .split(/\s+/)
    .map((w) => [w.toLowerCase(), w]),
);
