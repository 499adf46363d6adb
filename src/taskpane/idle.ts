/**
 * Runs `task` when the browser is next idle, within `timeoutMs` at the latest, so that work the
 * user is not waiting for never delays a painted verdict. Where there is no requestIdleCallback
 * (Safari, so Outlook for Mac, and jsdom) it runs after `fallbackDelayMs`. Returns a cancel.
 */
export function whenIdle(task: () => void, { timeoutMs = 1000, fallbackDelayMs = 0 } = {}): () => void {
  if (typeof requestIdleCallback === "function") {
    const handle = requestIdleCallback(task, { timeout: timeoutMs });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(task, fallbackDelayMs);
  return () => clearTimeout(timer);
}
