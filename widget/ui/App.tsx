// The widget's root: the panel while open, and the state of the launcher (drawn without
// Preact, see launcher.ts). It re-renders on every change of the conversation store, so no
// component needs state of its own. Focus follows the visitor's actions only: nothing is
// focused on page load.
import { Component, h } from 'preact';
import type { Widget } from './types.ts';
import type { Launcher } from '../launcher.ts';
import { Panel } from './Panel.tsx';

export class App extends Component<{ widget: Widget; launcher: Launcher }> {
  /** The conversation as last drawn, to tell what an update changed. */
  shown = this.props.widget.chat.get();
  off?: () => void;

  override componentDidMount() {
    this.off = this.props.widget.chat.subscribe(() => this.forceUpdate());
    this.props.launcher.show(this.shown.open);
    this.scroll();
  }

  /** Shows the latest message; only when the conversation changes, so typing never yanks a visitor who scrolled up. */
  scroll() {
    const log = this.box()?.querySelector('[role=log]');
    if (log) log.scrollTop = log.scrollHeight;
  }

  /** The element this App drew (Preact's `base`). */
  box() {
    return this.base as HTMLElement | undefined;
  }

  override componentWillUnmount() {
    this.off?.();
  }

  override componentDidUpdate() {
    const now = this.props.widget.chat.get();
    const { open, view, messages } = this.shown;
    this.shown = now;
    const moved = now.open !== open || now.view !== view;
    // Only when the panel opens, closes or changes view: never on a keystroke.
    if (moved) {
      this.props.launcher.show(now.open);
      (now.open
        ? this.box()?.querySelector<HTMLElement>(now.view === 'chat' ? 'textarea' : 'input')
        : this.props.launcher.button
      )?.focus();
    }
    if (moved || now.messages !== messages) this.scroll();
  }

  render() {
    const widget = this.props.widget;
    return <div>{widget.chat.get().open && <Panel widget={widget} />}</div>;
  }
}
