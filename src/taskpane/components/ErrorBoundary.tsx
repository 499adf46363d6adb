import { Component, type ErrorInfo, type ReactNode } from "react";
import { Notice, PlainButton } from "./basics";

interface Props {
  children: ReactNode;
  /** Reloads the pane; by default the page. */
  onReload?: () => void;
  /** When this changes (another item), a failed view is tried again. */
  resetKey?: string;
}

interface State {
  failed: boolean;
  resetKey: string | undefined;
}

function reloadPage() {
  window.location.reload();
}

/** Shows a friendly message, never a stack trace, when a part of the pane fails to render. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { failed: false, resetKey: this.props.resetKey };

  static getDerivedStateFromError(): Partial<State> {
    return { failed: true };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    if (props.resetKey !== state.resetKey) return { failed: false, resetKey: props.resetKey };
    return null;
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Kept for whoever opens the developer tools; the user sees the message below.
    console.error("QA Meeting Check could not show this view", error, info.componentStack);
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <div role="alert" data-pane-state="crashed">
        <Notice intent="error" title="Something went wrong">
          QA Meeting Check could not show this. Reload the pane to try again. If it happens again with this
          invite, check the invite yourself against the PSA direction.
        </Notice>
        <p>
          <PlainButton appearance="primary" onClick={this.props.onReload ?? reloadPage}>
            Reload
          </PlainButton>
        </p>
      </div>
    );
  }
}
