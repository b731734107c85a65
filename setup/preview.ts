// The sample clinic page shown in the preview frames, with the real built widget on it.
// Every detail is made up: 555 numbers and example.com addresses.
import { dataAttributes, escapeAttr } from './settings.ts';
import type { Values } from './fields.ts';

/** The page, loading the widget from `src` with the form's data-* attributes, as a clinic's site would. */
export function previewPage(values: Values, src: string, integrity: string): string {
  const attrs = dataAttributes(values).join(' ');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Sample clinic page</title>
<style>
  body { margin: 0; font: 16px/1.5 Georgia, serif; color: #1f2933; background: #fbfaf7; }
  header { display: flex; justify-content: space-between; align-items: center; padding: 16px 24px; background: #fff; border-bottom: 1px solid #e4e0d8; }
  header b { font-size: 20px; }
  nav a { margin-left: 16px; color: #1f2933; }
  main { max-width: 760px; margin: 0 auto; padding: 24px; }
  h1 { font-size: 30px; line-height: 1.2; }
  .card { background: #fff; border: 1px solid #e4e0d8; border-radius: 8px; padding: 12px 16px; margin: 16px 0; }
  footer { padding: 24px; color: #52606d; font-size: 14px; text-align: center; }
</style>
</head>
<body>
<header><b>Harbourside Physiotherapy</b><nav><a href="#">Treatments</a><a href="#">Team</a><a href="#">Contact</a></nav></header>
<main>
  <h1>Feel like yourself again</h1>
  <p>Sample page: this is how the chat looks on a clinic's website. Your own site will look different.</p>
  <div class="card"><b>Dry needling</b><p>Our physiotherapists use dry needling alongside exercise for back pain and sciatica.</p></div>
  <div class="card"><b>Visit us</b><p>123 Example Street, Springfield<br>Phone (555) 010-0123 &middot; hello@example.com</p></div>
</main>
<footer>Harbourside Physiotherapy is a made-up clinic &middot; example.com</footer>
<script>
  // For the setup page only: the widget's console notes, passed up so the owner sees them.
  (function () {
    var warn = console.warn;
    console.warn = function () {
      try { parent.postMessage({ faqWidgetSetup: 'warn', text: Array.prototype.join.call(arguments, ' ') }, '*'); } catch (e) {}
      return warn.apply(console, arguments);
    };
  })();
</script>
<script src="${escapeAttr(src)}" integrity="${escapeAttr(integrity)}" async ${attrs}></script>
</body>
</html>`;
}
