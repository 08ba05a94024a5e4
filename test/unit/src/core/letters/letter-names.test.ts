// How a letter greets its reader: by first name, or formally, and a name typed in small letters written as a name.
import { describe, expect, it } from "vitest";
import { callNameOf, greetingName } from "../../../../../src/core/letters/letter-names.js";

describe("the greeting's name", () => {
  it("is the first name, or a title with the surname", () => {
    expect(callNameOf("Dana Li")).toBe("Dana");
    expect(callNameOf("Dr. Amara Okafor")).toBe("Dr. Okafor");
    expect(greetingName("Dana Li", "formal")).toBe("Dana Li");
  });
  it("writes a name typed all in small letters with capitals, keeping particles small", () => {
    expect(callNameOf("mike szymanski")).toBe("Mike");
    expect(greetingName("tomás de la cruz", "formal")).toBe("Tomás de la Cruz");
    expect(greetingName("dr. anil raghunathan", "formal")).toBe("Dr. Raghunathan");
  });
  it("leaves a name the user capitalised as typed", () => {
    expect(greetingName("DeShawn McAllister-van Dijk", "formal")).toBe("DeShawn McAllister-van Dijk");
  });
});

describe("a company typed in small letters", () => {
  it("is written with capitals, its acronyms in full capitals; one typed with capitals stays as typed", async () => {
    const { companyAsWritten } = await import("../../../../../src/core/letters/letter-facts.js");
    expect(companyAsWritten("eastfield usd")).toBe("Eastfield USD");
    expect(companyAsWritten("brightline electric")).toBe("Brightline Electric");
    expect(companyAsWritten("the hollis museum")).toBe("the Hollis Museum");
    expect(companyAsWritten("deVries & co")).toBe("deVries & co");
  });
});
