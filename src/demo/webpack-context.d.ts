/** Webpack's require.context, which the demo uses to bundle the project's sample invites. */
declare namespace NodeJS {
  interface Require {
    context(directory: string, useSubdirectories: boolean, filter: RegExp): WebpackContext;
  }
}

interface WebpackContext {
  (key: string): unknown;
  keys(): string[];
}
