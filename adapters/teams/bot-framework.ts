// What Afterword uses of the Bot Framework SDK (botbuilder), in one place. Only three files name
// the package: this one (types and a constant for the rest of the adapter), create-cloud-adapter.ts
// (authentication and the CloudAdapter) and connector-http-client.ts (its HTTP client hook). The
// SDK was archived at the end of 2025; README.md says how these three would move to the Microsoft
// 365 Agents SDK (@microsoft/agents-hosting). A boundary test keeps botbuilder out of other files.
export { INVOKE_RESPONSE_KEY } from "botbuilder";
export type { Activity, ConversationReference, TurnContext } from "botbuilder";
