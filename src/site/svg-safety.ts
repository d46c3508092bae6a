import { Parser } from 'htmlparser2';

/**
 * content/favicon.svg is served as it is, from the site's own address: opened there, an
 * SVG is a document, and a script, an event handler or a javascript: link in it runs with
 * the site's origin. An icon needs shapes, colours and gradients; this refuses, at its
 * line, anything that runs code or fetches from elsewhere.
 */
export interface SvgProblem {
  line: number;
  message: string;
}

/** Elements that run code, embed a document, or turn a link into code (SVG Tiny's handler, animation of an href). */
const ACTIVE_ELEMENTS = new Set(['script', 'foreignobject', 'handler', 'listener', 'iframe', 'embed', 'object']);
/**
 * In a diagram, the HTML of a <foreignObject> is its labels (draw.io writes every label so):
 * allowed, but not an element of it that embeds, submits, redirects or loads.
 */
const DIAGRAM_ACTIVE_ELEMENTS = new Set([
  ...[...ACTIVE_ELEMENTS].filter((name) => name !== 'foreignobject'),
  'frame',
  'frameset',
  'portal',
  'form',
  'meta',
  'link',
  'base',
  'audio',
  'video',
]);
/** An SVG written into a diagram as its <image> (an icon pasted into draw.io or Inkscape): an image runs no script and loads nothing. */
const INLINE_SVG = /^\s*data:image\/svg\+xml[;,]/i;
/** A font written into a diagram (data:font/woff2;base64,…), as draw.io exports its labels' fonts: in the file, so nothing loads. */
const INLINE_FONT = /^\s*data:(font\/[\w.+-]+|application\/(x-)?font-[\w.+-]+)[;,]/i;
const ANIMATION_ELEMENTS = new Set(['set', 'animate', 'animatemotion', 'animatetransform']);
/** A reference that stays in the file: a #fragment, or a raster image written into it. */
const LOCAL_REFERENCE = /^\s*(#|data:image\/(png|jpeg|gif|webp)[;,])/i;
const URL_ATTRIBUTE = /^(?:[\w-]+:)?(href|src)$/i;
const CSS_URL = /url\(\s*(['"]?)(.*?)\1\s*\)/gi;

/**
 * `diagram`: an image a doc shows (served beside the pages, opened there by a click) rather than the icon: its
 * <foreignObject> labels and written-in fonts are allowed, what runs, embeds or loads still is not.
 */
export function svgProblems(svg: string, { diagram = false } = {}): SvgProblem[] {
  const problems: SvgProblem[] = [];
  const active = diagram ? DIAGRAM_ACTIVE_ELEMENTS : ACTIVE_ELEMENTS;
  const opened = diagram
    ? 'wherever the image is opened on the site; remove it'
    : 'wherever the icon is opened on the site; remove it (an icon needs only shapes)';
  const lineAt = (index: number) => svg.slice(0, index).split('\n').length;
  const refuseCss = (css: string, line: number, where: string) => {
    if (/@import/i.test(css)) problems.push({ line, message: `@import in ${where} loads a style sheet from elsewhere; write the styles into the file` });
    for (const match of css.matchAll(CSS_URL)) {
      if (!/^#/.test(match[2]!) && !LOCAL_REFERENCE.test(match[2]!) && !(diagram && INLINE_FONT.test(match[2]!))) {
        problems.push({
          line,
          message: `url(${shortened(match[2]!)}) in ${where} loads something from elsewhere; refer only to this file (url(#id)) or put the image itself in it`,
        });
      }
    }
  };
  const open: string[] = [];
  const parser = new Parser(
    {
      onopentag(tag, attributes) {
        const line = lineAt(parser.startIndex);
        const name = tag.toLowerCase().replace(/^.*:/, '');
        open.push(name);
        if (active.has(name)) problems.push({ line, message: `<${tag}> runs code or embeds a page ${opened}` });
        for (const [attribute, value] of Object.entries(attributes)) {
          const local = attribute.toLowerCase().replace(/^.*:/, '');
          if (local.startsWith('on')) {
            problems.push({ line, message: `${attribute}="…" on <${tag}> runs code wherever the icon is opened on the site; remove it` });
          } else if (/^javascript:/i.test(withoutSpaceOrControls(value))) {
            problems.push({ line, message: `${attribute}="javascript:…" on <${tag}> runs code; remove it` });
          } else if (URL_ATTRIBUTE.test(attribute) && !LOCAL_REFERENCE.test(value) && !(diagram && name === 'image' && INLINE_SVG.test(value))) {
            problems.push({
              line,
              message: `${attribute}="${shortened(value)}" on <${tag}> loads or leads somewhere else; refer only to this file (href="#id") or put the image itself in it (data:image/png;base64,…)`,
            });
          } else if (ANIMATION_ELEMENTS.has(name) && local === 'attributename' && /href/i.test(value)) {
            problems.push({ line, message: `<${tag} attributeName="${value}"> changes a link as the icon is shown; remove it` });
          } else if (local === 'style') {
            refuseCss(value, line, `the style of <${tag}>`);
          }
        }
      },
      ontext(text) {
        if (open.at(-1) === 'style') refuseCss(text, lineAt(parser.startIndex), '<style>');
      },
      onclosetag() {
        open.pop();
      },
      onprocessinginstruction(name, data) {
        const line = lineAt(parser.startIndex);
        if (name.toLowerCase() === '!doctype' && /\[|ENTITY/i.test(data)) {
          problems.push({ line, message: 'a <!DOCTYPE> that declares entities is not needed in an icon; remove it' });
        } else if (name.toLowerCase() === '?xml-stylesheet') {
          problems.push({ line, message: '<?xml-stylesheet?> loads a style sheet from elsewhere; write the styles into the file' });
        }
      },
    },
    { xmlMode: true },
  );
  parser.write(svg);
  parser.end();
  return problems;
}

/** A value as a message quotes it: a written-in image or font is thousands of characters. */
function shortened(value: string): string {
  return value.length > 80 ? `${value.slice(0, 60)}…` : value;
}

/** The value as a browser reads a URL's scheme: tabs, newlines and other control characters and spaces dropped. */
function withoutSpaceOrControls(value: string): string {
  return [...value].filter((c) => c.charCodeAt(0) > 0x20).join('');
}
