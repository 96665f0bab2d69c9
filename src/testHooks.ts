// Whether this build carries the read-only test hooks (window.__deconfliction, __classroom): the dev
// server and `vite build --mode test` (the e2e tests and bench:browser) only. A production build
// leaves them out, code and all: they show hidden units and the dice. By mode, not DEV: DEV follows
// NODE_ENV, which a shell (or a test runner) may have set for a production build.
export const TEST_HOOKS: boolean = import.meta.env.MODE === 'development' || import.meta.env.MODE === 'test';
