import { Component, type ReactNode } from 'react';
import { ErrorState } from './ErrorState';

interface Props {
  name: string;
  children: ReactNode;
}

/** One per dashboard region: a crash in a chart leaves the map and the panel working. */
export class RegionBoundary extends Component<Props, { error: unknown }> {
  state = { error: null as unknown };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  render() {
    if (this.state.error) {
      return (
        <ErrorState error={this.state.error} region={this.props.name} onRetry={() => this.setState({ error: null })} />
      );
    }
    return this.props.children;
  }
}
