export { describeError, errorCode, HostError, SOMETHING_WENT_WRONG, toHostError } from "./errors";
export type {
  BannerResult,
  DeclineItem,
  GraphTarget,
  Host,
  HostCapabilities,
  ItemState,
  LoadedSettings,
  StoredSettings,
  ThemeChoice,
} from "./host";
