// The two small web pages a person sees while adding Afterword to a workspace.

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function page(title: string, paragraphs: string[]): string {
  return [
    "<!doctype html>",
    '<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escape(title)}</title>`,
    "<style>body{font:16px/1.5 system-ui,sans-serif;max-width:34rem;margin:4rem auto;padding:0 1rem;color:#2f3b45}a{color:#1264a3}</style>",
    `</head><body><h1>${escape(title)}</h1>`,
    ...paragraphs.map((p) => `<p>${p}</p>`),
    "</body></html>",
  ].join("\n");
}

/** Shown once Slack has handed over the install: where to go next. */
export function installedPage(teamName: string | undefined, openUrl: string): string {
  const where = teamName ? `<strong>${escape(teamName)}</strong>` : "your workspace";
  return page("Afterword is installed", [
    `Afterword is now part of ${where}. After your next interview, type <code>/interview-done</code> in Slack and it will meet you in a direct message with a few quick questions.`,
    `<a href="${escape(openUrl)}">Open Slack</a>`,
  ]);
}

/** Why an install did not finish, and the way to start again. */
export function failedPage(reason: "link" | "cancelled" | "slack", installPath: string): string {
  const again = `<a href="${escape(installPath)}">Add Afterword to Slack</a>`;
  if (reason === "cancelled") return page("Nothing was installed", [`You cancelled on Slack's page, so Afterword was not added. You can add it any time: ${again}.`]);
  if (reason === "link") return page("This install link no longer works", [`Install links work once, within ten minutes, in the browser that opened them. Nothing was installed. Start again here: ${again}.`]);
  return page("The install did not finish", [`Slack did not complete the install, so nothing was stored. Please try again in a minute: ${again}.`]);
}
