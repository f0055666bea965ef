// Imported first by the client: zod 4 probes `new Function("")` on its first object parse to decide whether to
// compile validators; the probe is caught, but the browser still reports it as a Content-Security-Policy
// violation (no 'unsafe-eval'). jitless skips the probe. The server keeps the compiled validators.
import * as z from "zod/mini";

if (typeof window !== "undefined") z.config({ jitless: true });
