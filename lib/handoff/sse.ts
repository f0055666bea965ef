// Parses a Server-Sent Events stream read with fetch (EventSource cannot send an Authorization header).
export interface ServerEvent {
  event: string;
  data: string;
  /** The block's `id:` field when it had one: the client sends the latest back as Last-Event-ID. */
  id?: string;
}

/** Feeds text chunks in; returns the complete events, keeping a partial one for the next chunk. */
export function createSseParser() {
  let buffer = "";
  return (chunk: string): ServerEvent[] => {
    buffer += chunk.replace(/\r\n/g, "\n");
    const events: ServerEvent[] = [];
    let end = buffer.indexOf("\n\n");
    while (end !== -1) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      let event = "message";
      let id: string | undefined;
      const data: string[] = [];
      for (const line of block.split("\n")) {
        if (line.startsWith("event:")) event = line.slice(6).trim();
        else if (line.startsWith("data:")) data.push(line.slice(5).replace(/^ /, ""));
        // The specification ignores ids holding NULL: they could not be sent back in a header.
        else if (line.startsWith("id:") && !line.includes("\0")) id = line.slice(3).replace(/^ /, "");
      }
      if (data.length > 0) events.push(id === undefined ? { event, data: data.join("\n") } : { event, data: data.join("\n"), id });
      end = buffer.indexOf("\n\n");
    }
    return events;
  };
}
