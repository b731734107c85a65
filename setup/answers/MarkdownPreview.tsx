// An answer as the chat shows it: the same Markdown subset, parsed by the widget's own parser.
import { h, Fragment } from 'preact';
import { parseMarkdown, type Inline } from '../../widget/engine/index.ts';

function Part({ part }: { part: Inline }) {
  if (typeof part === 'string') return <>{part}</>;
  if ('b' in part) return <b>{part.b}</b>;
  return (
    <a href={part.href} target="_blank" rel="noopener noreferrer">
      {part.a}
    </a>
  );
}

export function MarkdownPreview({ md }: { md: string }) {
  if (!md.trim()) return <p class="help">The answer appears here as the chat shows it.</p>;
  return (
    <div class="md-preview">
      {parseMarkdown(md).map((block, i) =>
        'p' in block ? (
          <p key={i}>
            {block.p.map((part, j) => (
              <Part key={j} part={part} />
            ))}
          </p>
        ) : (
          <ul key={i}>
            {block.ul.map((item, j) => (
              <li key={j}>
                {item.map((part, k) => (
                  <Part key={k} part={part} />
                ))}
              </li>
            ))}
          </ul>
        ),
      )}
    </div>
  );
}
