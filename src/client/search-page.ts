/**
 * The search page. Pagefind (its JS, WebAssembly and index) is fetched only once
 * the reader has something to search for, so visiting the page costs a few hundred
 * bytes of script. Results are built as DOM nodes; only Pagefind's excerpts (our own
 * page text, escaped by Pagefind, with <mark> around the hits) go in as HTML.
 */
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results: { title: string; url: string; excerpt: string }[];
}
interface Pagefind {
  options(opts: { baseUrl: string }): Promise<void>;
  search(term: string): Promise<{ results: { id: string; data(): Promise<PagefindResultData> }[] }>;
}

const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
let pagefind: Promise<Pagefind> | undefined;

function loadPagefind(): Promise<Pagefind> {
  pagefind ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`).then(async (module: Pagefind) => {
    await module.options({ baseUrl: base });
    return module;
  });
  return pagefind;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  return node;
}

function resultItem(data: PagefindResultData): HTMLLIElement {
  const item = element('li');
  const heading = element('h2');
  const link = element('a', data.meta.title ?? data.url);
  link.href = data.url;
  heading.append(link);
  const excerpt = element('p');
  excerpt.innerHTML = data.excerpt;
  item.append(heading, excerpt);
  const sections = data.sub_results.filter((s) => s.url !== data.url).slice(0, 3);
  if (sections.length > 0) {
    const list = element('ul');
    for (const section of sections) {
      const li = element('li');
      const a = element('a', section.title);
      a.href = section.url;
      li.append(a);
      list.append(li);
    }
    item.append(list);
  }
  return item;
}

export function startSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('[data-search-form]');
  const input = document.querySelector<HTMLInputElement>('[data-search-input]');
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  const results = document.querySelector<HTMLOListElement>('[data-search-results]');
  if (!form || !input || !status || !results) return;
  let latest = 0;

  async function run(term: string): Promise<void> {
    const query = term.trim();
    const ticket = ++latest;
    const url = new URL(location.href);
    if (query) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
    if (!query) {
      status!.textContent = '';
      results!.replaceChildren();
      return;
    }
    status!.textContent = 'Searching…';
    try {
      const search = await (await loadPagefind()).search(query);
      const found = await Promise.all(search.results.slice(0, 10).map((r) => r.data()));
      if (ticket !== latest) return; // a newer query has taken over
      results!.replaceChildren(...found.map(resultItem));
      const count = search.results.length;
      status!.textContent = count === 0 ? `No page matches “${query}”.` : `${count} ${count === 1 ? 'page matches' : 'pages match'} “${query}”.`;
    } catch (error) {
      if (ticket === latest) status!.textContent = `Search could not load (${error instanceof Error ? error.message : String(error)}). Try reloading the page.`;
    }
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(input.value), 200);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void run(input.value);
  });
  const query = new URL(location.href).searchParams.get('q');
  if (query) {
    input.value = query;
    void run(query);
  }
}
