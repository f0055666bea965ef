import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { normaliseResumeCode } from "./protocol";
import { codeFromFragment, isResumeCode } from "./resumeLink";

describe("the resume code in a link", () => {
  it("reads the code a QR code carries, grouped for reading", () => {
    assert.deepEqual(codeFromFragment("#code=K7PM3QRT9XWA"), { status: "valid", code: "K7PM-3QRT-9XWA" });
    assert.deepEqual(codeFromFragment("#code=k7pm-3qrt-9xwa"), { status: "valid", code: "K7PM-3QRT-9XWA" });
    assert.deepEqual(codeFromFragment("#lang=fr&code=K7PM%203QRT%209XWA"), { status: "valid", code: "K7PM-3QRT-9XWA" });
  });

  it("says there is none when the fragment holds no code", () => {
    assert.deepEqual(codeFromFragment(""), { status: "none" });
    assert.deepEqual(codeFromFragment("#main"), { status: "none" });
    assert.deepEqual(codeFromFragment("#barcode=K7PM3QRT9XWA"), { status: "none" });
  });

  it("calls a broken link's code invalid instead of throwing", () => {
    for (const hash of [
      "#code=",
      "#code=%E0%A4%A",
      "#code=%ED%A0%80",
      "#code=%00",
      "#code=%",
      `#code=${"A".repeat(10_000)}`,
      `#code=${"%41".repeat(12)}${"%20".repeat(100)}`,
      "#code=١٢٣٤",
      "#code=K7PM3QRT9XW",
      "#code=K7PM3QRT9XWU",
      "#code=<script>",
    ]) {
      assert.deepEqual(codeFromFragment(hash), { status: "invalid" }, hash.slice(0, 40));
    }
  });

  it("reads digits typed on an Arabic or Persian keyboard as the same digits", () => {
    assert.equal(normaliseResumeCode("K7PM-٣QRT-٩XWA"), "K7PM3QRT9XWA");
    assert.equal(normaliseResumeCode("۰۱۲۳۴۵۶۷۸۹"), "0123456789");
    assert.ok(isResumeCode("٠١٢٣-٤٥٦٧-٨٩AB"));
  });
});
