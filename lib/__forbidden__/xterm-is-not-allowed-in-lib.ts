// lib/tsconfig.json maps forbidden imports here; this unresolvable re-export makes such an import fail loudly.
export * from "xterm-is-not-allowed-in-lib: lib/ is plain TypeScript (no React, Next, xterm, Node builtins or DOM)";
