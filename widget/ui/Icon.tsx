import { h } from 'preact';

/** A speech bubble, or a cross to close. */
export function Icon({ close }: { close?: boolean }) {
  return (
    <svg
      viewBox="0 0 24 24"
      width="24"
      height="24"
      aria-hidden="true"
      fill="none"
      stroke="currentColor"
      stroke-width="2"
    >
      <path d={close ? 'M6 6l12 12M18 6L6 18' : 'M4 4h16v12H9l-5 4z'} />
    </svg>
  );
}
