import { configure } from "@testing-library/dom";

// The pane loads some parts lazily (the decline dialog); on a loaded 2-core CI machine that can take
// more than Testing Library's default second. This is a ceiling on waiting, not a speed assertion.
configure({ asyncUtilTimeout: 5000 });
