// Answers are rendered as Preact elements from the Markdown subset: no innerHTML, so
// markup in a knowledge base or a visitor's message can only ever show up as text.
import { h } from 'preact';
import { parseMarkdown, type Inline } from '../engine/index.ts';

const part = (inline: Inline) =>
  typeof inline === 'string' ? (
    inline
  ) : 'b' in inline ? (
    <strong>{inline.b}</strong>
  ) : (
    <a href={inline.href} target={/^http/.test(inline.href) ? '_blank' : undefined} rel="noopener noreferrer">
      {inline.a}
    </a>
  );

export function RichText({ md }: { md: string }) {
  return (
    <div>
      {parseMarkdown(md).map((block) =>
        'p' in block ? (
          <p>{block.p.map(part)}</p>
        ) : (
          <ul>
            {block.ul.map((item) => (
              <li>{item.map(part)}</li>
            ))}
          </ul>
        ),
      )}
    </div>
  );
}
