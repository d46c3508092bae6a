/**
 * The charter's words as readers see them, from one version of its MDX source: what two
 * versions are compared by. Frontmatter, ESM import/export lines and MDX comments are not
 * words a reader sees; whitespace only separates words (a re-wrapped paragraph is the same
 * text). A component (`<VoteThreshold rule="amend-charter" />`) stays as its tag, one token:
 * the numbers it shows are derived from content/, so a roster change never shows as a change
 * of the charter's words.
 */

/** One word of the charter, or one component tag, with the whitespace that came before it. */
export interface CharterToken {
  text: string;
  /** Before it: '' (none), ' ', '\n' (a line break) or '\n\n' (a new paragraph). */
  before: '' | ' ' | '\n' | '\n\n';
  /** A component tag (`<MeetingWhen … />`, `</RepositoryLink>`), whose text is derived. */
  tag: boolean;
}

/** The MDX body without frontmatter, import/export lines and comments, outside code fences. */
export function charterBody(source: string): string {
  const text = source.replace(/\r\n?/g, '\n').replace(/^---\n[\s\S]*?\n---[ \t]*(?:\n|$)/, '');
  const kept: string[] = [];
  let fence: string | undefined;
  let inImport = false;
  for (const line of text.split('\n')) {
    if (fence) {
      kept.push(line);
      if (line.trim().startsWith(fence)) fence = undefined;
      continue;
    }
    if (inImport) {
      // An import statement spanning lines ends at its module string.
      if (/['"][^'"]*['"];?\s*$/.test(line)) inImport = false;
      continue;
    }
    const opened = /^\s*(`{3,}|~{3,})/.exec(line);
    if (opened) {
      fence = opened[1];
      kept.push(line);
      continue;
    }
    if (/^import\s/.test(line)) {
      inImport = !/['"][^'"]*['"];?\s*$/.test(line);
      continue;
    }
    if (/^export\s/.test(line)) continue;
    kept.push(line);
  }
  // MDX comments: {/* … */}, on one line or several.
  return kept.join('\n').replace(/\{\/\*[\s\S]*?\*\/\}/g, '');
}

// A JSX tag of a component (capitalised name), its attributes' quoted strings and {expressions} kept whole.
const TAG = /<\/?[A-Z][\w.]*(?:\s+(?:[^<>"'{}]|"[^"]*"|'[^']*'|\{[^{}]*\})*?)?\s*\/?>/g;

/** Spells a tag one way: `<X a="b"/>` and `<X  a="b" />` are one tag. */
function normaliseTag(tag: string): string {
  return tag
    .replace(/\s+/g, ' ')
    .replace(/\s*\/>$/, ' />')
    .replace(/\s+>$/, '>');
}

function separator(space: string): CharterToken['before'] {
  if (space === '') return '';
  const breaks = (space.match(/\n/g) ?? []).length;
  return breaks >= 2 ? '\n\n' : breaks === 1 ? '\n' : ' ';
}

/** The words and tags of one version of the charter, in order. */
export function charterWords(source: string): CharterToken[] {
  const body = charterBody(source).trim();
  const tokens: CharterToken[] = [];
  let pending = '';
  const words = (text: string) => {
    let end = 0;
    for (const match of text.matchAll(/(\s*)(\S+)/g)) {
      // A sentence's last punctuation is a token of its own: "8)." then "<VoteThreshold … />." differ by their words only.
      const [, word = '', punctuation = ''] = /^(.*?)([.,;:!?]*)$/.exec(match[2]!) ?? [];
      if (word) tokens.push({ text: word, before: separator(pending + match[1]!), tag: false });
      if (punctuation) tokens.push({ text: punctuation, before: word ? '' : separator(pending + match[1]!), tag: false });
      pending = '';
      end = match.index + match[0].length;
    }
    pending += text.slice(end);
  };
  let at = 0;
  for (const match of body.matchAll(TAG)) {
    words(body.slice(at, match.index));
    tokens.push({ text: normaliseTag(match[0]), before: separator(pending), tag: true });
    pending = '';
    at = match.index + match[0].length;
  }
  words(body.slice(at));
  if (tokens[0]) tokens[0].before = '';
  return tokens;
}

/** The words as plain text, paragraphs and line breaks kept: a past version, readable in full. */
export function wordsAsText(tokens: readonly CharterToken[]): string {
  return tokens.map((t) => t.before + t.text).join('');
}
