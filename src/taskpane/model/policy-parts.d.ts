// The built-in policies' two parts (src/core/policy-texts.ts), as the build splits them
// (scripts/built-in-policy-loader.cjs validates each policy whole first). Jest maps both to the
// whole file, which holds either part.
declare module "*.json?check" {
  const written: { id: string } & Record<string, unknown>;
  export default written;
}

declare module "*.json?texts" {
  const written: { id: string } & Record<string, unknown>;
  export default written;
}
