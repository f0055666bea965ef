import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { createSseParser } from "./sse";

describe("live events arrive whole, however the network cuts them", () => {
  it("joins events split across chunks and ignores comments", () => {
    const parse = createSseParser();
    assert.deepEqual(parse('event: state\ndata: {"a"'), []);
    assert.deepEqual(parse(':1}\n\n'), [{ event: "state", data: '{"a":1}' }]);
    assert.deepEqual(parse(": keep-alive comment\n\n"), []);
  });

  it("reads several events in one chunk, with multi-line data and CRLF", () => {
    const parse = createSseParser();
    assert.deepEqual(parse("event: state\r\ndata: 1\r\n\r\nevent: answers\ndata: a\ndata: b\n\n"), [
      { event: "state", data: "1" },
      { event: "answers", data: "a\nb" },
    ]);
  });
});

describe("the revision an event carries is read back for the next connection", () => {
  it("reads the id line, only on the event that has one", () => {
    const parse = createSseParser();
    assert.deepEqual(parse('id: 7\nevent: answers\ndata: {"revision":7}\n\nevent: ping\ndata: 1\n\n'), [
      { event: "answers", data: '{"revision":7}', id: "7" },
      { event: "ping", data: "1" },
    ]);
  });
});
