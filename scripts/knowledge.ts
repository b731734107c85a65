// npm run knowledge            validate and lint knowledge/entries/*.md and knowledge/red-flags.yaml
//                               (exit 1 with path:line: message)
// npm run --silent knowledge -- --json   print the compiled base
// npm run knowledge -- --write  rewrite the README's table of red-flag rules from the rules file
import { compileKnowledge, format } from '../knowledge/compile.ts';
import { confusions } from '../knowledge/confusions.ts';
import { phrasingTerms, plainText } from '../widget/engine/index.ts';
import { readFileSync, writeFileSync } from 'node:fs';
import { compileRedFlags } from '../knowledge/red-flags/compile.ts';
import { withRedFlagsSection } from '../knowledge/red-flags/readme.ts';

const dir = process.argv.find((a, i) => i > 1 && !a.startsWith('--'));
const { knowledge, sources, diagnostics } = compileKnowledge(dir);
const problems = diagnostics.length ? diagnostics : confusions(knowledge, sources);
if (problems.length) {
  for (const d of problems) console.error(format(d));
  console.error(`\n${problems.length} problem${problems.length === 1 ? '' : 's'} in the knowledge base`);
  process.exit(1);
}
if (process.argv.includes('--json')) {
  const entries = knowledge.entries.map((e) => ({ ...e, answer: plainText(e.md), terms: phrasingTerms(e) }));
  process.stdout.write(JSON.stringify({ entries, realWords: knowledge.realWords }) + '\n');
} else if (process.argv.includes('--write')) {
  const readme = new URL('../README.md', import.meta.url);
  writeFileSync(readme, withRedFlagsSection(readFileSync(readme, 'utf8'), compileRedFlags().docs));
  console.log('README.md: red-flag table written from knowledge/red-flags.yaml');
} else {
  const topics = new Set(knowledge.entries.map((e) => e.topic)).size;
  console.log(`knowledge base ok: ${knowledge.entries.length} entries, ${topics} topics, ${knowledge.redFlags.rules.length} red-flag rules`);
}
