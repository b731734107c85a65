// A clinic owner's folder of answers, read for the clinic compiler (knowledge/clinic.ts): its
// entry files and disabled.txt, each named as the owner would find it.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { compileClinic, DISABLED_FILE, type CompiledClinic, type OwnerFile } from '../../knowledge/clinic.ts';
import { compileKnowledge } from '../../knowledge/compile.ts';

export function readOwnerFolder(dir: string): OwnerFile[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md') || f === DISABLED_FILE)
    .map((f) => ({ path: relative(process.cwd(), join(dir, f)) || f, text: readFileSync(join(dir, f), 'utf8') }));
}

/** The folder compiled against the built-in answers (whose own problems come first). */
export function compileOwnerFolder(dir: string): CompiledClinic {
  const builtIn = compileKnowledge();
  const compiled = compileClinic(readOwnerFolder(dir), builtIn.knowledge);
  return { ...compiled, diagnostics: [...builtIn.diagnostics, ...compiled.diagnostics] };
}
