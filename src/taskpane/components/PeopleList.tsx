import { Badge, Button, Field, Select, makeStyles, tokens } from "@fluentui/react-components";
import { useId, useRef } from "react";
import type { CheckPolicy, Person, RoleSource } from "../../core";
import type { SaveStatus } from "../hooks/useSaveStatus";
import { plainList } from "./styles";

export const ROLE_SOURCE_WORDS: Readonly<Record<RoleSource, string>> = {
  settings: "your settings",
  directory: "directory",
  "display-name": "display name",
  email: "e-mail address",
  body: "named in the body",
};

const ATTENDANCE_WORDS: Readonly<Record<Person["attendance"], string>> = {
  organizer: "Organizer",
  required: "Required",
  optional: "Optional",
  "named-in-body": "Named in the body",
};

const useStyles = makeStyles({
  list: { ...plainList, rowGap: tokens.spacingVerticalM },
  person: {
    display: "grid",
    rowGap: tokens.spacingVerticalXS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
    paddingLeft: tokens.spacingHorizontalS,
  },
  name: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  line: { margin: 0 },
  badges: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalXS },
});

interface Props {
  people: readonly Person[];
  policy: CheckPolicy;
  onCorrectRole(email: string, roleId: string): void;
  onSetManager(email: string): void;
  /** What happened to the last correction: saved, or why it could not be. */
  status: SaveStatus;
}

/** Who will be there, each with a role, where the role came from, and a way to correct it. */
export function PeopleList({ people, policy, onCorrectRole, onSetManager, status }: Props) {
  const styles = useStyles();
  return (
    <section aria-labelledby="people-title">
      <h2 id="people-title">Who will be there</h2>
      {people.length === 0 ? (
        <p>The invite names no one but you.</p>
      ) : (
        <ul className={styles.list}>
          {people.map((person) => (
            <PersonItem
              key={person.key}
              person={person}
              policy={policy}
              onCorrectRole={onCorrectRole}
              onSetManager={onSetManager}
            />
          ))}
        </ul>
      )}
      <p role="status" data-correction={status?.kind}>
        {status?.message}
      </p>
    </section>
  );
}

function PersonItem({
  person,
  policy,
  onCorrectRole,
  onSetManager,
}: Omit<Props, "people" | "status"> & { person: Person }) {
  const styles = useStyles();
  const nameId = useId();
  const roleSelect = useRef<HTMLSelectElement>(null);
  const { role, email } = person;
  const canCorrect = email !== undefined && !person.isDistributionList;
  return (
    <li className={styles.person} data-person={person.key}>
      <h3 id={nameId} className={styles.name}>
        {person.name}
      </h3>
      {email && <p className={styles.line}>{email}</p>}
      <div className={styles.badges}>
        <Badge appearance="outline" color="informative">
          {ATTENDANCE_WORDS[person.attendance]}
        </Badge>
        {person.isDistributionList ? (
          <Badge appearance="tint" color="warning">
            Distribution list
          </Badge>
        ) : (
          <Badge appearance="tint" color={role ? "brand" : "subtle"} data-role={role?.id ?? "unknown"}>
            {role ? role.label : "role unknown"}
          </Badge>
        )}
        {person.isMyManagerCasework && (
          <Badge appearance="filled" color="success">
            Your Manager Casework
          </Badge>
        )}
      </div>
      {role && (
        <p className={styles.line}>
          Role from: {ROLE_SOURCE_WORDS[role.source]}
          {role.quote && role.source !== "settings" ? ` (“${role.quote}”)` : ""}
        </p>
      )}
      {person.isDistributionList && (
        <p className={styles.line}>A distribution list invites several people.</p>
      )}
      {canCorrect && (
        <>
          <Field label={`Role of ${person.name}`}>
            <Select
              select={{ ref: roleSelect }}
              value={role?.id ?? ""}
              onChange={(_event, data) => onCorrectRole(email, data.value)}
            >
              {!role && <option value="">Role unknown</option>}
              {role?.source === "settings" && <option value="">Clear my correction</option>}
              {policy.roles.map((choice) => (
                <option key={choice.id} value={choice.id}>
                  {choice.label}
                </option>
              ))}
            </Select>
          </Field>
          {!person.isMyManagerCasework && (
            <div>
              <Button
                size="small"
                aria-describedby={nameId}
                onClick={() => {
                  onSetManager(email);
                  // The button goes once they are the manager; keep focus on this person.
                  roleSelect.current?.focus();
                }}
              >
                This is my Manager Casework
              </Button>
            </div>
          )}
        </>
      )}
    </li>
  );
}
