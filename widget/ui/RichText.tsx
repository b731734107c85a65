// Answers are rendered as Preact elements from the Markdown subset: no innerHTML, so
// markup in a knowledge base or a visitor's message can only ever show up as text.
import { h } from 'preact';
import { parseMarkdown, type Inline } from '../engine/index.ts';

const part = (x: Inline) =>
  typeof x === 'string' ? (
    x
  ) : 'b' in x ? (
    <strong>{x.b}</strong>
  ) : (
    <a href={x.href} target={/^http/.test(x.href) ? '_blank' : undefined} rel="noopener noreferrer">
      {x.a}
    </a>
  );

export function RichText({ md }: { md: string }) {
  return (
    <div>
      {parseMarkdown(md).map((b) =>
        'p' in b ? (
          <p>{b.p.map(part)}</p>
        ) : (
          <ul>
            {b.ul.map((i) => (
              <li>{i.map(part)}</li>
            ))}
          </ul>
        ),
      )}
    </div>
  );
}
