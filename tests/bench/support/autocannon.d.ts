// Types for the part of autocannon 8 the benches use (the package ships none, and @types/autocannon would be a
// second dependency for a few lines).
declare module "autocannon" {
  import type { EventEmitter } from "node:events";

  type Context = Record<string, unknown>;

  interface RequestSpec {
    method?: string;
    path?: string;
    headers?: Record<string, string>;
    body?: string;
    /** Called before each request on a connection; `context` belongs to that connection. */
    setupRequest?: (request: RequestSpec, context: Context) => RequestSpec;
    onResponse?: (status: number, body: string, context: Context, headers: Record<string, string>) => void;
  }

  interface Options {
    url: string;
    connections?: number;
    duration?: number;
    timeout?: number;
    requests?: RequestSpec[];
    initialContext?: Context;
  }

  interface Result {
    duration: number;
    errors: number;
    timeouts: number;
    non2xx: number;
    statusCodeStats: Record<string, { count: number }>;
    requests: { average: number; total: number };
  }

  /** The running bench: an event emitter (`response` with the response time in fractional ms) that resolves to the result. */
  interface Instance extends EventEmitter, PromiseLike<Result> {
    stop(): void;
  }

  function autocannon(options: Options): Instance;
  export = autocannon;
}
