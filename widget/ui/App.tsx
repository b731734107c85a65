// The widget's root: the launcher, and the panel while open. It re-renders on every
// change of the conversation store, so no component needs state of its own. Focus
// follows the visitor's actions only: nothing is focused on page load.
import { Component, createRef, h } from 'preact';
import type { Widget } from './types.ts';
import { Launcher } from './Launcher.tsx';
import { Panel } from './Panel.tsx';

export class App extends Component<{ widget: Widget }> {
  root = createRef<HTMLDivElement>();
  /** The conversation as last drawn, to tell what an update changed. */
  shown = this.props.widget.chat.get();
  off?: () => void;

  override componentDidMount() {
    this.off = this.props.widget.chat.subscribe(() => this.forceUpdate());
    this.scroll();
  }

  /** Shows the latest message; only when the conversation changes, so typing never yanks a visitor who scrolled up. */
  scroll() {
    const log = this.root.current?.querySelector('[role=log]');
    if (log) log.scrollTop = log.scrollHeight;
  }

  override componentWillUnmount() {
    this.off?.();
  }

  override componentDidUpdate() {
    const now = this.props.widget.chat.get();
    const { open, view, messages } = this.shown;
    this.shown = now;
    const moved = now.open !== open || now.view !== view;
    if (moved)
      this.root.current
        ?.querySelector<HTMLElement>(!now.open ? '.launcher' : now.view === 'chat' ? 'textarea' : 'input')
        ?.focus();
    if (moved || now.messages !== messages) this.scroll();
  }

  render() {
    const widget = this.props.widget;
    const state = widget.chat.get();
    return (
      <div class={`faq ${widget.config.position}`} ref={this.root}>
        {state.open && <Panel widget={widget} />}
        <Launcher open={state.open} onClick={() => widget.chat.setOpen(!state.open)} />
      </div>
    );
  }
}
