import { h, type Ref } from 'preact';
import { Icon } from './Icon.tsx';

interface Props {
  open: boolean;
  onClick: () => void;
  buttonRef: Ref<HTMLButtonElement>;
}

/** The round button in the corner; the only thing on the page while the chat is closed. */
export function Launcher({ open, onClick, buttonRef }: Props) {
  return (
    <button ref={buttonRef} type="button" class="launcher" aria-expanded={open} aria-controls="faq-panel" aria-label={open ? 'Close chat' : 'Open chat'} onClick={onClick}>
      <Icon close={open} />
    </button>
  );
}
