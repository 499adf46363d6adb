/** Placeholder until the demo build lands: the browser project builds and serves the demo here. */
export default async function globalSetup(): Promise<void> {}
