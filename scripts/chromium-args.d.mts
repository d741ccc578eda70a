// Types for chromium-args.mjs (plain JS so the scripts need no TypeScript loader).
export declare const NO_CALLS_HOME_ARGS: readonly string[];
export declare const CLOSED_NETWORK_ARGS: readonly string[];
export declare function extensionArgs(extensionDir: string): string[];
