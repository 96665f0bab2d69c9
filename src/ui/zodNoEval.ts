// Zod probes `new Function` once to pick a compiled fast path. Under the pages' Content-Security-Policy
// (no eval) the probe fails harmlessly but is still reported as a violation, so the pages turn it off.
// Imported first by each page's entry, before anything parses. Results are the same either way.
import { config } from 'zod';

config({ jitless: true });
