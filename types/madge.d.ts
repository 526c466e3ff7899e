// madge ships no types; this declares the part of its programmatic API the architecture test uses.
declare module 'madge' {
  interface MadgeConfig {
    baseDir?: string;
    fileExtensions?: string[];
    tsConfig?: string | object;
    excludeRegExp?: (string | RegExp)[] | false;
    includeNpm?: boolean;
    detectiveOptions?: { ts?: { skipTypeImports?: boolean; skipAsyncImports?: boolean } };
  }

  interface MadgeResult {
    /** Each circle as the list of files (relative to baseDir) that form it. */
    circular(): string[][];
    /** Files imported but not found: their edges are missing from the graph. */
    warnings(): { skipped: string[] };
    obj(): Record<string, string[]>;
  }

  export default function madge(path: string | string[], config?: MadgeConfig): Promise<MadgeResult>;
}
