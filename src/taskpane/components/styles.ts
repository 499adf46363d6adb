/** A list without bullets or indent, laid out as a grid; each pane list adds its own row gap. */
export const plainList = {
  margin: 0,
  paddingLeft: 0,
  listStyleType: "none",
  display: "grid",
} as const;
