import { JSDOM } from "jsdom";
import type { Chart } from "../../record/charts";

/** Draws charts with jsdom's document, as Plot draws them in a page, and gives each one's markup. */
export function chartMarkup(): { draw(chart: (document: Document) => Chart): string; close(): void } {
  const { window } = new JSDOM("<!doctype html><html><body></body></html>");
  return {
    draw: (chart) => chart(window.document).outerHTML,
    close: () => window.close(),
  };
}
