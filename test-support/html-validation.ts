import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { HtmlValidate, Rule, definePlugin, type DOMReadyEvent } from 'html-validate';

/**
 * html-validate (pure JavaScript, so no Java on the CI machine) set to the rules
 * of the HTML standard: its "standard" preset, which leaves out the style rules of
 * "recommended" (attribute quoting, void-element style, inline styles and so on,
 * which say nothing about validity), plus the standard's own requirements that the
 * preset files under "document": a doctype, and an id behind every `for`,
 * `aria-labelledby` and `aria-describedby`. No rule of the preset is turned off.
 */

/**
 * The HTML parser moves anything written after `</html>` back into the body and
 * calls it a parse error ("Stray start tag" in the W3C checker); html-validate
 * keeps it as a second root element and says nothing, so this rule does.
 */
class NothingAfterHtml extends Rule {
  override documentation() {
    return { description: 'Every element belongs inside <html>: the parser reports anything after </html> as a parse error.' };
  }

  override setup() {
    this.on('dom:ready', ({ document }: DOMReadyEvent) => {
      for (const element of document.root.childElements) {
        if (element.tagName !== 'html')
          this.report(element, `<${element.tagName}> after </html>: move it inside <body> (in an Astro page, inside the layout's element)`);
      }
    });
  }
}

const sitePlugin = definePlugin({ name: 'site', rules: { 'site/nothing-after-html': NothingAfterHtml } });

export const htmlValidator = new HtmlValidate({
  plugins: [sitePlugin],
  extends: ['html-validate:standard'],
  rules: {
    'missing-doctype': 'error',
    'no-missing-references': 'error',
    'site/nothing-after-html': 'error',
  },
});

/** Every problem of one HTML text as `file:line:column: message (rule)`. */
export async function htmlProblems(html: string, file: string): Promise<string[]> {
  const report = await htmlValidator.validateString(html, file);
  return report.results.flatMap((r) => r.messages.map((m) => `${file}:${m.line}:${m.column}: ${m.message} (${m.ruleId})`));
}

/** Every HTML file under `dir`, as paths relative to it. */
export function htmlFilesUnder(dir: string): string[] {
  const walk = (d: string): string[] =>
    readdirSync(d).flatMap((name) => {
      const full = join(d, name);
      return statSync(full).isDirectory() ? walk(full) : name.endsWith('.html') ? [relative(dir, full)] : [];
    });
  return walk(dir).sort();
}
