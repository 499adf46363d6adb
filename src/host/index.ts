export { describeError, errorCode, HostError, SOMETHING_WENT_WRONG, toHostError } from "./errors";
export type {
  DeclineItem,
  GraphTarget,
  Host,
  ItemState,
  LoadedSettings,
  StoredSettings,
  ThemeChoice,
} from "./host";
