import { z } from 'zod';

/**
 * The shared API contract builds zod schemas at import time, and zod probes `new Function` to decide on its JIT.
 * Under our CSP (no 'unsafe-eval') that probe is reported as a violation, so switch the JIT off before any schema
 * is built. main.tsx imports this module first.
 */
z.config({ jitless: true });
