import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { deflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteInBrowser } from '../test-support/browser.ts';
import { htmlProblems } from '../test-support/html-validation.ts';
import { ProjectCopy } from '../test-support/project.ts';

/**
 * Images as a repository's governance Markdown has them on GitHub: beside the doc, in a folder of
 * the docs named in raw HTML, elsewhere in the repository by ../, 2,400 px wide, and a status
 * badge from a host content/site.yaml allows. The copy builds with no edit to the Markdown, serves
 * each image, fits it to the column, and a browser loads every one under the site's policy.
 */

/** A PNG of one colour, `width` × `height` pixels, made here (a real file a browser decodes). */
function png(width: number, height: number): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes: Buffer) => {
    let c = 0xffffffff;
    for (const b of bytes) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([length, body, sum]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3, 0x40)]);
  const pixels = deflateSync(Buffer.concat(Array.from({ length: height }, () => row)));
  return Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), chunk('IHDR', header), chunk('IDAT', pixels), chunk('IEND', Buffer.alloc(0))]);
}

const LOGO_SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20" viewBox="0 0 40 20"><rect width="40" height="20" fill="#1d4ed8"/></svg>\n';
const BADGE = 'https://img.shields.io/badge/spec-v1.0-blue.svg';

const images: Record<string, Buffer> = {
  'content/docs/architecture/diagram.png': png(64, 32),
  'content/docs/architecture/wide.png': png(2400, 40),
  'content/docs/static/logo.svg': Buffer.from(LOGO_SVG),
  'assets/overview image.png': png(48, 48),
};

const docs: Record<string, string> = {
  'content/docs/architecture/README.md': `# Architecture

How the parts of the specification fit together.

![The parts](diagram.png)

![A timeline, wider than any screen](./wide.png)

<p><img src="../static/logo.svg" alt="Logo" width="40"></p>

![An overview kept at the top of the repository](../../../assets/overview%20image.png)

[![Specification version](${BADGE})](https://github.com/example-org/spec/releases)

![The parts, by reference][parts]

[parts]: ./diagram.png
`,
  'content/docs/gallery.mdx': `---
title: Gallery
description: The project's pictures, in an MDX page.
---

<img src="static/logo.svg" alt="Logo, again" />

![The parts, from the folder](architecture/diagram.png)
`,
};

let copy: ProjectCopy;
const page = (route: string) => copy.read(`dist${route}index.html`);
const imgSources = (html: string) => [...(/<main[\s\S]*<\/main>/.exec(html)?.[0] ?? '').matchAll(/<img [^>]*?src="([^"]+)"/g)].map((m) => m[1]);

beforeAll(() => {
  copy = new ProjectCopy().withFixtureContent();
  copy.edit('content/site.yaml', /$/, '\nimageHosts: [img.shields.io]\n');
  for (const [file, bytes] of Object.entries(images)) {
    mkdirSync(dirname(copy.path(file)), { recursive: true });
    writeFileSync(copy.path(file), bytes);
  }
  for (const [file, text] of Object.entries(docs)) copy.write(file, text);
  const r = copy.build();
  if (r.status !== 0) throw new Error(`the copy with images did not build:\n${r.output}`);
});
afterAll(() => copy?.dispose());

describe('images of docs, as they stand on GitHub', () => {
  it('points each image written by its repository path at the copy the site serves, whatever the folder, and keeps the badge', () => {
    expect(imgSources(page('/architecture/'))).toEqual([
      '/community/_repository/content/docs/architecture/diagram.png',
      '/community/_repository/content/docs/architecture/wide.png',
      '/community/_repository/content/docs/static/logo.svg',
      '/community/_repository/assets/overview%20image.png',
      BADGE,
      '/community/_repository/content/docs/architecture/diagram.png',
    ]);
    expect(imgSources(page('/gallery/'))).toEqual([
      '/community/_repository/content/docs/static/logo.svg',
      '/community/_repository/content/docs/architecture/diagram.png',
    ]);
  });

  it('serves every image the pages show, byte for byte, and no other file of the repository', () => {
    for (const [file, bytes] of Object.entries(images)) expect(readFileSync(copy.path(`dist/_repository/${file}`)).equals(bytes), file).toBe(true);
    expect(copy.exists('dist/_repository/content/docs/architecture/README.md')).toBe(false);
  });

  it("lets browsers load images from the hosts of content/site.yaml's imageHosts, in the <meta> policy and in _headers", () => {
    expect(page('/architecture/')).toContain("img-src 'self' https://img.shields.io;");
    expect(copy.read('dist/_headers')).toContain("img-src 'self' https://img.shields.io;");
  });

  it('gives valid HTML', async () => {
    expect(await htmlProblems(page('/architecture/'), 'architecture/index.html')).toEqual([]);
    expect(await htmlProblems(page('/gallery/'), 'gallery/index.html')).toEqual([]);
  });

  it('passes npm run check', () => {
    expect(copy.run('scripts/generate.ts').status).toBe(0);
    const r = copy.run('scripts/check.ts', [], { GITHUB_ACTIONS: '', GITHUB_STEP_SUMMARY: '' });
    expect(r.status, r.output).toBe(0);
  });
});

describe('a missing image', () => {
  it('stops the build at its file and line, and leaves no site', () => {
    const broken = new ProjectCopy().withFixtureContent();
    try {
      broken.write('content/docs/pictures.md', '# Pictures\n\nThe pictures of the project.\n\n![The parts](img/parts.png)\n');
      const r = broken.build();
      expect(r.status).toBe(1);
      expect(r.output).toContain(
        'content/docs/pictures.md:5: image "img/parts.png": content/docs/img/parts.png does not exist; write the path of an image the repository holds, relative to this file, or its full https:// address',
      );
      expect(broken.exists('dist')).toBe(false);
    } finally {
      broken.dispose();
    }
  });
});

describe('images of docs in a browser', () => {
  const served = siteInBrowser(() => copy.path('dist'));

  it.each([375, 1280])('loads every image under the site policy, with the badge from its allowed host, and fits the page in %i px', async (width) => {
    const tab = await served.browser.newPage({ viewport: { width, height: 800 } });
    try {
      const violations: string[] = [];
      tab.on('console', (m) => {
        if (m.text().startsWith('CSP violation')) violations.push(m.text());
      });
      await tab.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI}`));
      });
      // img.shields.io, answered here: the test needs no network, and a request reaches here only if the policy allows it.
      const badgeRequests: string[] = [];
      await tab.route('https://img.shields.io/**', (route) => {
        badgeRequests.push(route.request().url());
        return route.fulfill({ contentType: 'image/svg+xml', body: LOGO_SVG });
      });
      await tab.goto(`${served.site.url}architecture/`, { waitUntil: 'load' });
      const shown = await tab.locator('main img').evaluateAll((imgs) =>
        imgs.map((i) => {
          const img = i as HTMLImageElement;
          return { src: img.getAttribute('src'), loaded: img.complete && img.naturalWidth > 0, width: img.getBoundingClientRect().width };
        }),
      );
      expect(shown.map((i) => [i.src, i.loaded])).toEqual(imgSourcesOfPage().map((src) => [src, true]));
      expect(badgeRequests).toEqual([BADGE]);
      const column = await tab.locator('main').evaluate((m) => m.getBoundingClientRect().width);
      for (const img of shown) expect(img.width, img.src!).toBeLessThanOrEqual(column);
      expect(await tab.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
      expect(violations).toEqual([]);
      // The policy is what shows the badge: an image from a host it does not list is blocked, and reported.
      await tab.evaluate(() => {
        const img = document.createElement('img');
        img.src = 'https://tracker.example.net/pixel.gif';
        document.body.append(img);
      });
      // Reported once by the <meta> policy and once by the header's.
      await expect.poll(() => [...new Set(violations)]).toEqual(['CSP violation: img-src blocked https://tracker.example.net/pixel.gif']);
    } finally {
      await tab.close();
    }
  });
});

function imgSourcesOfPage(): string[] {
  return imgSources(page('/architecture/')) as string[];
}
