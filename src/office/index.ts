export { createOfficeHost } from "./office-host";
export { whenOfficeReady } from "./office-ready";
