import { makeResetStyles, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useId, type ButtonHTMLAttributes, type ReactNode } from "react";

/**
 * The first screen's few controls, as plain elements styled with Fluent's tokens: a message bar, a
 * button, a badge and a spinner. They look and read like Fluent's MessageBar, Button, Badge and
 * Spinner, without bringing those components (and Fluent's token table) into the start-up bundle.
 * Sections in lazy chunks keep using Fluent's own components.
 */

/** Griffel takes no border-color shorthand. */
function borderColour(colour: string) {
  return {
    borderTopColor: colour,
    borderRightColor: colour,
    borderBottomColor: colour,
    borderLeftColor: colour,
  };
}

export type NoticeIntent = "info" | "warning" | "error" | "success";

// Fluent's intent icons (@fluentui/react-icons, 20px, filled), as MessageBar shows them.
const INTENT_ICONS: Readonly<Record<NoticeIntent, string>> = {
  info: "M18 10a8 8 0 1 0-16 0 8 8 0 0 0 16 0M9.5 8.91a.5.5 0 0 1 1 0v4.69a.5.5 0 0 1-1 0V8.9m-.25-2.16a.75.75 0 1 1 1.5 0 .75.75 0 0 1-1.5 0",
  warning:
    "M7.37 3.56a3 3 0 0 1 5.26 0l5.5 10A3 3 0 0 1 15.5 18h-11a3 3 0 0 1-2.63-4.44zM10 12.75a.75.75 0 1 0 0 1.5.75.75 0 0 0 0-1.5m0-6.25a.5.5 0 0 0-.5.5v4a.5.5 0 0 0 1 0V7a.5.5 0 0 0-.5-.5",
  error:
    "M7.88 1.88a3 3 0 0 1 4.24 0l6 6a3 3 0 0 1 0 4.24l-6 6a3 3 0 0 1-4.24 0l-6-6a3 3 0 0 1 0-4.24zM13.1 6.9a.5.5 0 0 0-.7 0L10 9.3 7.6 6.9a.5.5 0 0 0-.7.7L9.3 10l-2.4 2.4a.5.5 0 0 0 .7.7l2.4-2.4 2.4 2.4a.5.5 0 0 0 .7-.7L10.7 10l2.4-2.4a.5.5 0 0 0 0-.7",
  success:
    "M10 2a8 8 0 1 1 0 16 8 8 0 0 1 0-16m3.36 5.65a.5.5 0 0 0-.64-.06l-.07.06L9 11.3 7.35 9.65l-.07-.06a.5.5 0 0 0-.7.7l.07.07 2 2 .07.06c.17.11.4.11.56 0l.07-.06 4-4 .07-.08a.5.5 0 0 0-.06-.63",
};

const useNoticeRoot = makeResetStyles({
  display: "grid",
  gridTemplateColumns: "auto 1fr",
  gridTemplateAreas: '"icon body"',
  alignItems: "start",
  whiteSpace: "normal",
  minHeight: "36px",
  boxSizing: "border-box",
  paddingLeft: tokens.spacingHorizontalM,
  paddingTop: tokens.spacingVerticalMNudge,
  paddingBottom: tokens.spacingVerticalS,
  border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  borderRadius: tokens.borderRadiusMedium,
  backgroundColor: tokens.colorNeutralBackground3,
});

const useNoticeIcon = makeResetStyles({
  gridArea: "icon",
  fontSize: tokens.fontSizeBase500,
  marginRight: tokens.spacingHorizontalS,
  color: tokens.colorNeutralForeground3,
  display: "flex",
  alignItems: "center",
});

const useNoticeBody = makeResetStyles({
  gridArea: "body",
  fontFamily: tokens.fontFamilyBase,
  fontSize: tokens.fontSizeBase300,
  fontWeight: tokens.fontWeightRegular,
  lineHeight: tokens.lineHeightBase300,
  paddingRight: tokens.spacingHorizontalM,
});

const useNoticeStyles = makeStyles({
  error: {
    backgroundColor: tokens.colorStatusDangerBackground1,
    ...borderColour(tokens.colorStatusDangerBorder1),
  },
  warning: {
    backgroundColor: tokens.colorStatusWarningBackground1,
    ...borderColour(tokens.colorStatusWarningBorder1),
  },
  success: {
    backgroundColor: tokens.colorStatusSuccessBackground1,
    ...borderColour(tokens.colorStatusSuccessBorder1),
  },
  info: {},
  iconError: { color: tokens.colorStatusDangerForeground1 },
  iconWarning: { color: tokens.colorStatusWarningForeground3 },
  iconSuccess: { color: tokens.colorStatusSuccessForeground1 },
  iconInfo: {},
  title: { fontWeight: tokens.fontWeightSemibold, "::after": { content: '" "' } },
});

const ICON_CLASS = {
  error: "iconError",
  warning: "iconWarning",
  success: "iconSuccess",
  info: "iconInfo",
} as const;

/** A message bar (Fluent's MessageBar, multiline): an intent icon, then the message. A `role="group"`. */
export function Notice({
  intent,
  title,
  className,
  children,
}: {
  intent: NoticeIntent;
  /** Shown first, in bold, and names the group. */
  title?: ReactNode;
  className?: string | undefined;
  children: ReactNode;
}) {
  const styles = useNoticeStyles();
  const root = useNoticeRoot();
  const icon = useNoticeIcon();
  const body = useNoticeBody();
  const titleId = useId();
  return (
    <div
      role="group"
      aria-labelledby={title ? titleId : undefined}
      className={mergeClasses("fui-MessageBar", root, styles[intent], className)}
    >
      <div className={mergeClasses(icon, styles[ICON_CLASS[intent]])}>
        <svg fill="currentColor" aria-hidden="true" width="1em" height="1em" viewBox="0 0 20 20">
          <path d={INTENT_ICONS[intent]} />
        </svg>
      </div>
      <div className={body}>
        {title && (
          <span id={titleId} className={styles.title}>
            {title}
          </span>
        )}
        {children}
      </div>
    </div>
  );
}

/** Fluent's focus indicator (a function, so nothing of it is left once the styles are built). */
function focusRing() {
  return {
    ...borderColour(tokens.colorStrokeFocus2),
    outlineWidth: tokens.strokeWidthThick,
    outlineStyle: "solid" as const,
    outlineColor: tokens.colorTransparentStroke,
    boxShadow: `0 0 0 ${tokens.strokeWidthThin} ${tokens.colorStrokeFocus2} inset`,
    zIndex: 1,
  };
}

const useButtonRoot = makeResetStyles({
  alignItems: "center",
  boxSizing: "border-box",
  display: "inline-flex",
  justifyContent: "center",
  textDecorationLine: "none",
  verticalAlign: "middle",
  margin: 0,
  overflow: "hidden",
  backgroundColor: tokens.colorNeutralBackground1,
  color: tokens.colorNeutralForeground1,
  border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  fontFamily: tokens.fontFamilyBase,
  outlineStyle: "none",
  padding: `5px ${tokens.spacingHorizontalM}`,
  minWidth: "96px",
  borderRadius: tokens.borderRadiusMedium,
  fontSize: tokens.fontSizeBase300,
  fontWeight: tokens.fontWeightSemibold,
  lineHeight: tokens.lineHeightBase300,
  cursor: "pointer",
  transitionDuration: tokens.durationFaster,
  transitionProperty: "background, border, color",
  transitionTimingFunction: tokens.curveEasyEase,
  ":hover": {
    backgroundColor: tokens.colorNeutralBackground1Hover,
    ...borderColour(tokens.colorNeutralStroke1Hover),
    color: tokens.colorNeutralForeground1Hover,
  },
  ":hover:active": {
    backgroundColor: tokens.colorNeutralBackground1Pressed,
    ...borderColour(tokens.colorNeutralStroke1Pressed),
    color: tokens.colorNeutralForeground1Pressed,
  },
  ":focus-visible": focusRing(),
  "@media (forced-colors: active)": {
    ":focus-visible": { outlineColor: "Highlight" },
  },
});

const useButtonStyles = makeStyles({
  primary: {
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
    ...borderColour("transparent"),
    ":hover": {
      backgroundColor: tokens.colorBrandBackgroundHover,
      ...borderColour("transparent"),
      color: tokens.colorNeutralForegroundOnBrand,
    },
    ":hover:active": {
      backgroundColor: tokens.colorBrandBackgroundPressed,
      ...borderColour("transparent"),
      color: tokens.colorNeutralForegroundOnBrand,
    },
    ":focus-visible": {
      ...borderColour(tokens.colorStrokeFocus2),
      boxShadow: `${tokens.shadow2}, 0 0 0 ${tokens.strokeWidthThin} ${tokens.colorStrokeFocus2} inset, 0 0 0 ${tokens.strokeWidthThick} ${tokens.colorNeutralForegroundOnBrand} inset`,
    },
  },
  secondary: {},
  transparent: {
    backgroundColor: tokens.colorTransparentBackground,
    ...borderColour("transparent"),
    color: tokens.colorNeutralForeground2,
    ":hover": {
      backgroundColor: tokens.colorTransparentBackgroundHover,
      ...borderColour("transparent"),
      color: tokens.colorNeutralForeground2BrandHover,
    },
    ":hover:active": {
      backgroundColor: tokens.colorTransparentBackgroundPressed,
      ...borderColour("transparent"),
      color: tokens.colorNeutralForeground2BrandPressed,
    },
  },
  small: {
    minWidth: "64px",
    padding: `3px ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightRegular,
    lineHeight: tokens.lineHeightBase200,
  },
  medium: {},
});

/** A real `<button type="button">` that looks like Fluent's Button. */
export function PlainButton({
  appearance = "secondary",
  size = "medium",
  className,
  ...props
}: Omit<ButtonHTMLAttributes<HTMLButtonElement>, "type"> & {
  appearance?: "primary" | "secondary" | "transparent";
  size?: "small" | "medium";
}) {
  const styles = useButtonStyles();
  const root = useButtonRoot();
  return (
    <button
      type="button"
      {...props}
      className={mergeClasses("fui-Button", root, styles[appearance], styles[size], className)}
    />
  );
}

const useBadgeRoot = makeResetStyles({
  display: "inline-flex",
  boxSizing: "border-box",
  alignItems: "center",
  justifyContent: "center",
  position: "relative",
  fontFamily: tokens.fontFamilyBase,
  fontSize: tokens.fontSizeBase200,
  fontWeight: tokens.fontWeightSemibold,
  lineHeight: tokens.lineHeightBase200,
  height: "20px",
  minWidth: "20px",
  padding: `0 calc(${tokens.spacingHorizontalXS} + ${tokens.spacingHorizontalXXS})`,
  borderRadius: tokens.borderRadiusCircular,
  ...borderColour(tokens.colorTransparentStroke),
  "::after": {
    content: '""',
    position: "absolute",
    top: 0,
    left: 0,
    bottom: 0,
    right: 0,
    borderTopStyle: "solid",
    borderRightStyle: "solid",
    borderBottomStyle: "solid",
    borderLeftStyle: "solid",
    ...borderColour("inherit"),
    borderTopWidth: tokens.strokeWidthThin,
    borderRightWidth: tokens.strokeWidthThin,
    borderBottomWidth: tokens.strokeWidthThin,
    borderLeftWidth: tokens.strokeWidthThin,
    borderRadius: "inherit",
  },
});

const useBadgeStyles = makeStyles({
  informative: {
    backgroundColor: tokens.colorNeutralBackground4,
    color: tokens.colorNeutralForeground3,
    ...borderColour(tokens.colorNeutralStroke2),
  },
  success: {
    backgroundColor: tokens.colorPaletteGreenBackground1,
    color: tokens.colorPaletteGreenForeground1,
    ...borderColour(tokens.colorPaletteGreenBorder1),
  },
  warning: {
    backgroundColor: tokens.colorPaletteYellowBackground1,
    color: tokens.colorPaletteYellowForeground1,
    ...borderColour(tokens.colorPaletteYellowBorder1),
  },
});

/** A tinted badge, as Fluent's Badge with appearance "tint". */
export function TintBadge({
  color,
  children,
}: {
  color: "informative" | "success" | "warning";
  children: ReactNode;
}) {
  const styles = useBadgeStyles();
  const root = useBadgeRoot();
  return <div className={mergeClasses("fui-Badge", root, styles[color])}>{children}</div>;
}

const useSpinnerRoot = makeResetStyles({
  display: "flex",
  alignItems: "center",
  justifyContent: "center",
  lineHeight: "0",
  columnGap: tokens.spacingHorizontalM,
});

const useSpinnerCircle = makeResetStyles({
  flexShrink: 0,
  boxSizing: "border-box",
  width: "32px",
  height: "32px",
  borderRadius: tokens.borderRadiusCircular,
  border: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke2Contrast}`,
  borderTopColor: tokens.colorBrandStroke1,
  animationName: { from: { transform: "rotate(0deg)" }, to: { transform: "rotate(360deg)" } },
  animationDuration: "1.5s",
  animationIterationCount: "infinite",
  animationTimingFunction: "linear",
  "@media screen and (prefers-reduced-motion: reduce)": { animationDuration: "3s" },
  "@media screen and (forced-colors: active)": { ...borderColour("Canvas"), borderTopColor: "Highlight" },
});

const useSpinnerLabel = makeResetStyles({
  fontFamily: tokens.fontFamilyBase,
  fontSize: tokens.fontSizeBase400,
  fontWeight: tokens.fontWeightSemibold,
  lineHeight: tokens.lineHeightBase400,
  color: tokens.colorNeutralForeground1,
});

/** A spinner with its label, as Fluent's Spinner: a `role="progressbar"` named by the label. */
export function BusySpinner({ label }: { label: string }) {
  const root = useSpinnerRoot();
  const circle = useSpinnerCircle();
  const labelClass = useSpinnerLabel();
  const id = useId();
  return (
    <div role="progressbar" aria-labelledby={id} className={`fui-Spinner ${root}`}>
      <span className={circle} />
      <label id={id} className={labelClass}>
        {label}
      </label>
    </div>
  );
}
