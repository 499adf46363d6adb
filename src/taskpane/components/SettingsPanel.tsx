import {
  Button,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Select,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { isClientId } from "../../graph/client-id";
import { describeError, type StoredSettings, type ThemeChoice } from "../../host";
import { builtInPolicies } from "../model/builtInPolicies";
import type { InviteContext } from "../model/checkInvite";
import { withPolicyTexts } from "../model/policyTexts";
import {
  candidates,
  draftFrom,
  EMAIL,
  PLACEHOLDER_HINT,
  preview,
  settingsFrom,
  SOMEONE_ELSE,
  type Draft,
} from "../model/settingsDraft";

const useStyles = makeStyles({
  form: { display: "grid", rowGap: tokens.spacingVerticalM },
  preview: {
    whiteSpace: "pre-wrap",
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    margin: 0,
  },
  previewTitle: { fontSize: tokens.fontSizeBase300, margin: 0 },
  actions: { display: "flex", columnGap: tokens.spacingHorizontalS },
});

interface Props {
  settings: StoredSettings;
  context: InviteContext | undefined;
  save(next: StoredSettings): Promise<void>;
}

type Outcome = { kind: "saved" | "failed"; message: string } | undefined;

/** The user's settings. What they type stays until it is saved, even when saving fails. */
export function SettingsPanel({ settings, context, save }: Props) {
  const styles = useStyles();
  const people = candidates(context);
  const fromSettings = draftFrom(settings, people);
  const [changes, setChanges] = useState<Partial<Draft>>({});
  const [outcome, setOutcome] = useState<Outcome>(undefined);
  const [saving, setSaving] = useState(false);
  const draft: Draft = { ...fromSettings, ...changes };
  const change = (update: Partial<Draft>) => {
    setChanges((previous) => ({ ...previous, ...update }));
    setOutcome(undefined);
  };

  const otherAddress = draft.managerOther.trim();
  const managerError =
    draft.managerChoice === SOMEONE_ELSE && otherAddress !== "" && !EMAIL.test(otherAddress)
      ? "Type an e-mail address, for example helen.ward@example.org."
      : undefined;
  const wording = preview(draft, context);
  const clientIdError =
    draft.graphClientId.trim() !== "" && !isClientId(draft.graphClientId)
      ? "Type the Application (client) ID from Microsoft Entra, for example 11111111-2222-3333-4444-555555555555."
      : undefined;

  const onSave = async () => {
    if (managerError || clientIdError) return;
    setSaving(true);
    try {
      await save(settingsFrom(draft, settings));
      setChanges({});
      setOutcome({ kind: "saved", message: "Settings saved." });
    } catch (error) {
      setOutcome({
        kind: "failed",
        message: `Your settings could not be saved: ${describeError(error)} What you typed is kept; try Save settings again.`,
      });
    } finally {
      setSaving(false);
    }
  };

  return (
    <>
      <form
        className={styles.form}
        aria-label="Settings"
        onSubmit={(event) => {
          event.preventDefault();
          void onSave();
        }}
      >
        <Field
          label="My Manager Casework"
          hint="Choose from the people on this invite, or type their address."
        >
          <Select
            value={draft.managerChoice}
            onChange={(_event, data) => change({ managerChoice: data.value })}
          >
            <option value="">Not set</option>
            {people.map((person) => (
              <option key={person.key} value={person.email}>
                {person.name} ({person.email})
              </option>
            ))}
            <option value={SOMEONE_ELSE}>Someone else (type their address)</option>
          </Select>
        </Field>
        {draft.managerChoice === SOMEONE_ELSE && (
          <Field
            label="My Manager Casework's e-mail address"
            validationState={managerError ? "error" : "none"}
            validationMessage={managerError ?? null}
          >
            <Input
              type="email"
              value={draft.managerOther}
              onChange={(_event, data) => change({ managerOther: data.value })}
            />
          </Field>
        )}
        <Field label="My name, to sign replies">
          <Input value={draft.userName} onChange={(_event, data) => change({ userName: data.value })} />
        </Field>
        <Field
          label="My own reply wording"
          hint={`Leave empty to use the standard templates. You can use ${PLACEHOLDER_HINT}.`}
          validationState={wording.error ? "error" : "none"}
          validationMessage={wording.error ?? null}
        >
          <Textarea
            resize="vertical"
            value={draft.customTemplate}
            onChange={(_event, data) => change({ customTemplate: data.value })}
          />
        </Field>
        {context && draft.customTemplate.trim() === "" && (
          <div>
            <Button
              size="small"
              onClick={() =>
                change({ customTemplate: withPolicyTexts(context.policy).templates[0]?.text ?? "" })
              }
            >
              Start from the standard wording
            </Button>
          </div>
        )}
        {wording.text && (
          <div>
            <h3 className={styles.previewTitle} id="wording-preview-title">
              Preview
            </h3>
            <p className={styles.preview} data-testid="wording-preview">
              {wording.text}
            </p>
          </div>
        )}
        <Field label="Policy in use">
          <Select value={draft.policyId} onChange={(_event, data) => change({ policyId: data.value })}>
            {builtInPolicies.ids.map((id) => (
              <option key={id} value={id}>
                {builtInPolicies.get(id).name}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Theme">
          <RadioGroup
            value={draft.theme}
            onChange={(_event, data) => change({ theme: data.value as ThemeChoice })}
            layout="horizontal"
          >
            <Radio value="auto" label="Auto (as Outlook)" />
            <Radio value="light" label="Light" />
            <Radio value="dark" label="Dark" />
          </RadioGroup>
        </Field>
        <Field hint="Sends the e-mail addresses of the people on each invite you open to Microsoft 365, to read their job titles, and asks for your manager. Nothing else leaves this device.">
          <Checkbox
            checked={draft.useDirectory}
            onChange={(_event, data) => change({ useDirectory: data.checked === true })}
            label="Look up people's roles in the Microsoft 365 directory"
          />
        </Field>
        <Field
          label="Microsoft 365 app (client) ID"
          hint="Only if whoever installed QA Meeting Check gave you one. Leave empty to use the built-in one."
          validationState={clientIdError ? "error" : "none"}
          validationMessage={clientIdError ?? null}
        >
          <Input
            value={draft.graphClientId}
            onChange={(_event, data) => change({ graphClientId: data.value })}
          />
        </Field>
        <div className={styles.actions}>
          <Button type="submit" appearance="primary" disabledFocusable={saving}>
            Save settings
          </Button>
        </div>
        {outcome?.kind === "failed" ? (
          <MessageBar intent="error" layout="multiline" data-settings-outcome="failed">
            <MessageBarBody>{outcome.message}</MessageBarBody>
          </MessageBar>
        ) : (
          <p role="status" data-settings-outcome={outcome?.kind}>
            {outcome?.message}
          </p>
        )}
      </form>
    </>
  );
}
