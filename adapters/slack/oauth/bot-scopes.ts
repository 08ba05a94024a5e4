/** The bot scopes Afterword asks for at install: the same list as manifest.yml (a test keeps them equal). */
export const SLACK_BOT_SCOPES = ["commands", "chat:write", "im:write", "im:history", "users:read", "files:write"];
