import { describe, expect, it } from "vitest";
import { decodeTeamsAddress, encodeTeamsAddress, TeamsAddressError, toConversationReference } from "../../../../adapters/teams/address.js";

const ref = {
  channelId: "msteams",
  serviceUrl: "https://smba.trafficmanager.net/amer/a1b2c3d4-e5f6-7890-abcd-ef1234567890/",
  conversationId: "a:17NditBRO5pbPlIimLiU0g7vfMqIYTPwqILZJq-TOhzzKiAmv2i6Oerr",
  tenantId: "a1b2c3d4-e5f6-7890-abcd-ef1234567890",
  botId: "28:11111111-2222-3333-4444-555555555555",
  userId: "29:1xXxFakeUserBase64IdStringForTeamsPlatform",
};

describe("Teams addresses", () => {
  it("round-trip the conversation reference through an opaque teams: string", () => {
    const address = encodeTeamsAddress(ref);
    expect(address).toMatch(/^teams:[A-Za-z0-9_-]+$/);
    expect(decodeTeamsAddress(address)).toEqual(ref);
  });

  it("round-trip without a tenant (the emulator sends none)", () => {
    const { tenantId: _, ...noTenant } = ref;
    expect(decodeTeamsAddress(encodeTeamsAddress(noTenant))).toEqual(noTenant);
  });

  it("become the reference continueConversationAsync needs", () => {
    expect(toConversationReference(ref)).toMatchObject({
      channelId: "msteams",
      serviceUrl: ref.serviceUrl,
      conversation: { id: ref.conversationId, tenantId: ref.tenantId },
      bot: { id: ref.botId },
      user: { id: ref.userId },
    });
  });

  it("refuse what is not a Teams address", () => {
    expect(() => decodeTeamsAddress("slack:T1:U1")).toThrow(TeamsAddressError);
    expect(() => decodeTeamsAddress("teams:!!!")).toThrow(TeamsAddressError);
    expect(() => decodeTeamsAddress(`teams:${Buffer.from('{"v":1}').toString("base64url")}`)).toThrow(/malformed/);
  });
});
