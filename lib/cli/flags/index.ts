/** Public API of the flag layer: `f.*` builders, docker's validators, parsing for other tools. */
export * as f from './values';
export type { FilterArgs, FlagOptions, Validator } from './values';
export * from './docker-validators';
export { FlagError, HelpRequested } from './types';
export type { FlagDef, FlagSpec, FlagSpecs, FlagValue, OptionsOf, ParseEnv } from './types';
export { defineFlags, FlagSet, FlagState } from './flag-set';
export { parseFlags, type ParseResult } from './parse';
export { flagUsagesWrapped } from './usage';
export { parseGoDuration, formatGoDuration } from './go-duration';
export { goQuote, parseGoBool, parseGoFloat, parseGoInt, parseGoUint } from './go-strconv';
export { canonicalIP, parseIP, formatIP } from './go-ip';
