// The clinic file for data-knowledge, and the Markdown files for `npm run knowledge -- --build`:
// made in this browser and saved by it, never uploaded.
import { h } from 'preact';
import type { ClinicFile } from '../../widget/answers/clinic.ts';
import type { OwnerFile } from '../../knowledge/clinic.ts';

const dataUrl = (type: string, text: string) => `data:${type};charset=utf-8,${encodeURIComponent(text)}`;

export function Downloads({ clinic, files, ready }: { clinic: ClinicFile; files: OwnerFile[]; ready: boolean }) {
  return (
    <div class="downloads">
      <h3>Download</h3>
      {ready ? (
        <p>
          <a id="download-clinic" class="button" download="clinic.json" href={dataUrl('application/json', JSON.stringify(clinic, null, 2) + '\n')}>
            Download clinic.json
          </a>{' '}
          Put it beside your pages and add <code>data-knowledge="/clinic.json"</code> to the snippet: the chat then adds your
          answers to the built-in ones.
        </p>
      ) : (
        <p class="warn">Fix the problems above to download clinic.json.</p>
      )}
      {files.length > 0 && (
        <p class="help">
          The same answers as Markdown files, for <code>npm run knowledge -- --build</code>:{' '}
          {files.map((f) => (
            <a key={f.path} class="md-file" download={f.path} href={dataUrl('text/markdown', f.text)}>
              {f.path}{' '}
            </a>
          ))}
        </p>
      )}
    </div>
  );
}
