import { makeStyles, tokens } from "@fluentui/react-components";
import type { ManagerSuggestion } from "../model/directoryInfo";
import { PlainButton } from "./basics";

const useStyles = makeStyles({
  note: { display: "grid", rowGap: tokens.spacingVerticalXS },
  line: { margin: 0 },
});

interface Props {
  /** What the directory changed; undefined until its answer arrives. */
  change: string | undefined;
  /** Why roles could not be looked up, in full sentences. */
  problem: string | undefined;
  /** The directory manager, used as Manager Casework until the user sets one. */
  manager: ManagerSuggestion | undefined;
  onConfirmManager(email: string): void;
}

/** What the Microsoft 365 directory added to the check, said when it arrives. */
export function DirectoryNote({ change, problem, manager, onConfirmManager }: Props) {
  const styles = useStyles();
  return (
    <div className={styles.note}>
      <p role="status" className={styles.line} data-directory={change ? "arrived" : undefined}>
        {change}
      </p>
      {problem && (
        <p className={styles.line} data-directory-problem="true">
          {problem}
        </p>
      )}
      {manager && (
        <div className={styles.note} data-manager-suggestion={manager.email}>
          <p className={styles.line}>
            Manager Casework: {manager.name} ({manager.email}), from your directory manager. Is this your
            Manager Casework?
          </p>
          <div>
            <PlainButton size="small" onClick={() => onConfirmManager(manager.email)}>
              Yes, save {manager.name} as my Manager Casework
            </PlainButton>
          </div>
        </div>
      )}
    </div>
  );
}
