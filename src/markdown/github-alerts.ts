import { randomUUID } from 'node:crypto';
import type { Element, ElementContent } from 'hast';
import type { HastPluginEntry, MdastPluginEntry } from 'satteri';

/** The five alert types GitHub knows, with the title it shows and the icon drawn before it. */
const ALERTS = {
  note: {
    title: 'Note',
    icon: ['M8 1.5a6.5 6.5 0 1 0 0 13 6.5 6.5 0 0 0 0-13ZM0 8a8 8 0 1 1 16 0A8 8 0 0 1 0 8Zm7-3a1 1 0 1 1 2 0 1 1 0 0 1-2 0Zm.25 2.5h1.5v4.5h-1.5Z'],
  },
  tip: {
    title: 'Tip',
    icon: [
      'M8 0a5.5 5.5 0 0 0-3.25 9.94V12h6.5V9.94A5.5 5.5 0 0 0 8 0ZM4 5.5a4 4 0 1 1 6.37 3.22l-.62.45v1.33h-3.5V9.17l-.62-.45A4 4 0 0 1 4 5.5ZM5.5 13.5h5V15a1 1 0 0 1-1 1h-3a1 1 0 0 1-1-1Z',
    ],
  },
  important: {
    title: 'Important',
    icon: [
      'M1 2.5A1.5 1.5 0 0 1 2.5 1h11A1.5 1.5 0 0 1 15 2.5v8a1.5 1.5 0 0 1-1.5 1.5H7.5L4 15v-3H2.5A1.5 1.5 0 0 1 1 10.5Zm1.5 0v8h3v1.5l1.75-1.5h6.25v-8ZM7.25 3.5h1.5v4h-1.5Zm0 5h1.5v1.5h-1.5Z',
    ],
  },
  warning: { title: 'Warning', icon: ['M8 .75 0 15h16Zm0 3.08L13.44 13.5H2.56ZM7.25 6h1.5v4h-1.5Zm0 5h1.5v1.5h-1.5Z'] },
  caution: {
    title: 'Caution',
    icon: ['M4.7 0h6.6L16 4.7v6.6L11.3 16H4.7L0 11.3V4.7Zm.62 1.5L1.5 5.32v5.36l3.82 3.82h5.36l3.82-3.82V5.32L10.68 1.5ZM7.25 4h1.5v5h-1.5Zm0 6h1.5v1.5h-1.5Z'],
  },
} as const;
type AlertType = keyof typeof ALERTS;

/** GitHub's marker: `[!TYPE]` alone on the first line of a quote, any case. */
const MARKER = /^\[!(note|tip|important|warning|caution)\][ \t]*(?:\n|$)/i;

/** The token the two phases share, per compile: the Markdown phase puts it where the marker was, the HTML phase turns a quote that starts with it into an alert. */
const tokens = new WeakMap<object, string>();
const tokenFor = (data: object) => {
  let token = tokens.get(data);
  if (token === undefined) tokens.set(data, (token = `\u{E000}alert-${randomUUID()}:`));
  return token;
};

/**
 * GitHub alerts (`> [!NOTE]` … `> [!CAUTION]`), in two steps. Mdast plugin: a quote written in
 * Markdown whose first line is a marker gets, in place of the marker, a token drawn afresh for each
 * compile. Raw HTML never reaches this step as a quote, and no author can write a token that does
 * not exist yet, so a `<blockquote>` written in HTML stays a quote, as on GitHub.
 */
export function githubAlertMarkers(): MdastPluginEntry {
  return ({ data }) => {
    const token = tokenFor(data);
    return {
      name: 'github-alert-markers',
      blockquote(node, ctx) {
        const paragraph = node.children[0];
        if (paragraph?.type !== 'paragraph') return;
        const first = paragraph.children[0];
        if (first?.type !== 'text') return;
        const marker = MARKER.exec(first.value);
        if (!marker) return;
        // A marker with nothing after it is shown as written, as GitHub does.
        const rest = first.value.slice(marker[0].length);
        if (rest.trim() === '' && paragraph.children.length === 1 && node.children.length === 1) return;
        ctx.setProperty(first, 'value', `${token}${marker[1]!.toLowerCase()}\n${rest}`);
      },
    };
  };
}

/**
 * Hast plugin, after the author-HTML allow-list (its markup is the site's, not the author's): a quote
 * the Markdown step marked becomes GitHub's alert markup, `<div class="markdown-alert
 * markdown-alert-note">` with a title paragraph whose icon is hidden from assistive technology.
 */
export function githubAlerts(): HastPluginEntry {
  return ({ data }) => {
    const token = tokenFor(data);
    return {
      name: 'github-alerts',
      element: {
        filter: ['blockquote'],
        visit(node, ctx) {
          const children = node.children as ElementContent[];
          const index = children.findIndex((c) => c.type === 'element');
          const paragraph = children[index];
          if (paragraph?.type !== 'element' || paragraph.tagName !== 'p') return;
          const first = paragraph.children[0];
          if (first?.type !== 'text' || !first.value.startsWith(token)) return;
          const newline = first.value.indexOf('\n', token.length);
          const type = first.value.slice(token.length, newline) as AlertType;
          const text = first.value.slice(newline + 1);
          const body: ElementContent[] = text === '' ? [...paragraph.children.slice(1)] : [{ type: 'text', value: text }, ...paragraph.children.slice(1)];
          // A hard break written after the marker ends the marker's line, and is not part of the text.
          if (body[0]?.type === 'element' && body[0].tagName === 'br') body.shift();
          if (body[0]?.type === 'text') body[0] = { type: 'text', value: body[0].value.trimStart() };
          const keepsParagraph = body.some((c) => c.type !== 'text' || c.value !== '');
          // Without its paragraph, the line break that followed it goes too.
          const after = children.slice(index + 1);
          if (!keepsParagraph && after[0]?.type === 'text' && after[0].value.trim() === '') after.shift();
          ctx.replaceNode(node, alertElement(type, [...children.slice(0, index), ...(keepsParagraph ? [{ ...paragraph, children: body }] : []), ...after]));
        },
      },
    };
  };
}

function alertElement(type: AlertType, content: ElementContent[]): Element {
  const { title, icon } = ALERTS[type];
  const svg: Element = {
    type: 'element',
    tagName: 'svg',
    properties: { className: ['octicon'], viewBox: '0 0 16 16', width: 16, height: 16, ariaHidden: 'true', focusable: 'false' },
    children: icon.map((d) => ({ type: 'element', tagName: 'path', properties: { d }, children: [] })),
  };
  const titleParagraph: Element = {
    type: 'element',
    tagName: 'p',
    properties: { className: ['markdown-alert-title'], dir: 'auto' },
    children: [svg, { type: 'text', value: title }],
  };
  return {
    type: 'element',
    tagName: 'div',
    properties: { className: ['markdown-alert', `markdown-alert-${type}`], dir: 'auto' },
    children: [{ type: 'text', value: '\n' }, titleParagraph, ...content],
  };
}
