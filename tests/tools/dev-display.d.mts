// Types of dev-display.mjs, for tests/unit/dev-display.test.ts.
export function noDisplay(platform: string, env: Record<string, string | undefined>): boolean;
export function devOutDir(args: readonly string[]): string;
export function noDisplayMessage(outDir: string): string;
