// When the widget draws itself. Evaluating the script only reads settings and restores the
// conversation; drawing waits for the body, then for an idle moment (at most `timeout` ms),
// so the host page's own loading goes first and no task of ours runs long.

/** Runs `draw` once the page has a body and is idle; returns a function that cancels it. */
export function whenIdle(win: Window, draw: () => void, timeout = 500): () => void {
  const doc = win.document;
  // Safari before 18 has no requestIdleCallback: a zero timeout still yields to the page.
  const idle = typeof win.requestIdleCallback == 'function';
  let handle: number | undefined;
  const schedule = () => (handle = idle ? win.requestIdleCallback(draw, { timeout }) : win.setTimeout(draw, 0));
  if (doc.body) schedule();
  else doc.addEventListener('DOMContentLoaded', schedule);
  return () => {
    doc.removeEventListener('DOMContentLoaded', schedule);
    if (handle === undefined) return;
    if (idle) win.cancelIdleCallback(handle);
    else win.clearTimeout(handle);
  };
}
