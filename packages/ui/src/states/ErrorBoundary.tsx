import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Button } from '../components/Button.tsx';

interface Props {
  children: ReactNode;
}
interface State {
  failed: boolean;
}

/** Last line of defence: a fault while rendering shows a plain message, never a blank page. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error('Bacc could not show this page', error, info.componentStack);
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return <RenderFault />;
  }
}

/** The message shown when a screen fails to render. */
export function RenderFault() {
  return (
    <div className="state state-error" role="alert">
      <h2 className="state-title">Sorry, something went wrong</h2>
      <p>This page could not be shown. Reload the page to try again.</p>
      <Button variant="secondary" onClick={() => window.location.reload()}>
        Reload the page
      </Button>
    </div>
  );
}
