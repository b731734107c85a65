import { h } from 'preact';

/** A chat bubble, or a cross to close. */
export function Icon({ close }: { close?: boolean }) {
  return (
    <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
      <path
        d={close ? 'M6 6l12 12M18 6L6 18' : 'M4 6a3 3 0 0 1 3-3h10a3 3 0 0 1 3 3v7a3 3 0 0 1-3 3h-7l-5 4v-4a3 3 0 0 1-1-2z'}
        stroke="currentColor"
        stroke-width="2"
        stroke-linecap="round"
        fill={close ? 'none' : 'currentColor'}
      />
    </svg>
  );
}
