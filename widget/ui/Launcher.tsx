import { h } from 'preact';
import { COPY } from '../copy.ts';
import { Icon } from './Icon.tsx';

interface Props {
  open: boolean;
  onClick: () => void;
}

/** The round button in the corner; the only thing on the page while the chat is closed. */
export function Launcher({ open, onClick }: Props) {
  return (
    <button
      type="button"
      class="launcher"
      aria-expanded={open}
      aria-controls="faq-panel"
      aria-label={open ? COPY.panel.close : COPY.panel.open}
      onClick={onClick}
    >
      <Icon close={open} />
    </button>
  );
}
