// Whole extra builds, run one after another: Astro keeps generated types in one .astro/ folder
// per project, so concurrent builds of different content would race on it.
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { pageWeight } from '../../scripts/lib/page-weight';
import { checkSiteLinks } from '../../scripts/lib/site-links';
import { writeSyntheticContent } from '../../scripts/lib/synthetic-content';
import { serveStatic } from '../../scripts/serve-static';
import { parseHeadersFile } from '../../src/lib/security/headers-file';
import { chromiumAvailable, hoverFirstMark, launchChromium } from '../support/browser';
import { runBuild } from '../support/build';
import { CONTENT_DIR } from '../support/content';
import { caseData } from '../support/record-fixtures';
import { TEST_DIST } from '../support/paths';

const scratch = mkdtempSync(join(tmpdir(), 'face-rules-builds-'));
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

/** A valid case, as front matter, that each fixture breaks in one way. */
const validCase = (): Record<string, unknown> => ({ ...caseData() });
const FIRST_RELEASE = readdirSync(join(CONTENT_DIR, 'releases')).sort()[0] ?? '';

// Quote every string, as the content guide asks, so each fixture breaks only what it means to.
const mdx = (data: Record<string, unknown>) =>
  `---\n${stringify(data, { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' })}---\n\nBody.\n`;

interface Fixture {
  name: string;
  /** Files to write into the copy of the content, relative to it. */
  files: Record<string, string>;
  /** What the build output must say: the file, the field, and what was expected. */
  expected: (string | RegExp)[];
}

function brokenCase(
  name: string,
  change: (data: Record<string, unknown>) => void,
  expected: (string | RegExp)[],
): Fixture {
  const data = validCase();
  change(data);
  return { name, files: { 'cases/broken-case.mdx': mdx(data) }, expected: ['broken-case.mdx', ...expected] };
}

const amount = (data: Record<string, unknown>) => (data['amounts'] as [Record<string, unknown>])[0];

const FIXTURES: Fixture[] = [
  brokenCase('no source', (d) => (d['sources'] = []), ['sources', 'expected at least one source']),
  brokenCase('http source', (d) => ((d['sources'] as [Record<string, unknown>])[0]['url'] = 'http://www.cnil.fr/'), [
    'sources.0.url',
    'expected an https:// URL with a host name not ending in a dot, got "http://www.cnil.fr/"',
  ]),
  brokenCase('unknown regulator', (d) => (d['regulator'] = 'fr-cnill'), [
    'regulator',
    'no regulator "fr-cnill": expected the id of a file in content/regulators/',
  ]),
  brokenCase('unknown currency', (d) => (amount(d)['currency'] = 'EUX'), [
    'amounts.0.currency',
    'expected an ISO 4217 currency code such as EUR, GBP or USD, got "EUX"',
  ]),
  brokenCase('negative amount', (d) => (amount(d)['value'] = -20000000), [
    'amounts.0.value',
    'expected an amount greater than zero',
  ]),
  brokenCase('impossible date', (d) => (d['decided'] = { date: '2022-02-30', precision: 'day' }), [
    'decided.date',
    '"2022-02-30" is not a real date: February 2022 has no day 30',
  ]),
  brokenCase('day given for a month-precise date', (d) => (d['decided'] = { date: '2022-10-17', precision: 'month' }), [
    'decided.date',
    '"2022-10-17" is written at day precision but precision is "month": write YYYY-MM',
  ]),
  {
    name: 'duplicate id',
    files: { 'cases/fr-cnil-sanction-2022.md': mdx(validCase()) },
    expected: [
      /\/cases\/fr-cnil-sanction-2022\.md and .*\/cases\/fr-cnil-sanction-2022\.mdx → id: both are "fr-cnil-sanction-2022"/,
    ],
  },
  {
    name: 'unquoted date',
    files: {
      'cases/broken-case.mdx': mdx(validCase()).replace('lastVerified: "2026-11-24"', 'lastVerified: 2026-11-24'),
    },
    expected: ['broken-case.mdx', 'lastVerified', 'expected a date in quotes, e.g. "2022-10-17"'],
  },
  brokenCase('amount without currency', (d) => delete amount(d)['currency'], [
    'amounts.0.currency',
    'required: expected an ISO 4217 currency code',
  ]),
  brokenCase('status outside the vocabulary', (d) => (d['status'] = 'appealed'), [
    'status',
    'expected one of final, under-appeal, overturned, reduced-on-appeal, superseded, pending, withdrawn; got "appealed"',
  ]),
  brokenCase(
    'related case that does not exist',
    (d) => (d['related'] = [{ case: 'no-such-case', relation: 'appeal-of' }]),
    ['related.0.case', 'no case "no-such-case"'],
  ),
  brokenCase(
    'primary source listed after press',
    (d) => {
      d['sources'] = [
        { url: 'https://news.example.org/', title: 'Report', publisher: 'News', kind: 'press' },
        { url: 'https://www.cnil.fr/', title: 'Decision', publisher: 'CNIL', kind: 'primary' },
      ];
    },
    ['sources.1.kind', 'primary sources come first'],
  ),
  brokenCase('empty title', (d) => (d['title'] = ''), ['title', 'expected text, got an empty string']),
  brokenCase(
    'status change that does not lead to the status the case shows',
    (d) =>
      (d['corrections'] = [
        {
          date: '2026-12-02',
          kind: 'status',
          field: 'status',
          from: 'under-appeal',
          to: 'overturned',
          reason: 'The appeal was allowed.',
          source: 'https://court.example/ruling',
        },
      ]),
    ['corrections.0.to', 'the last change to status leads to "overturned", but the case says status: final'],
  ),
  brokenCase('misspelt field', (d) => ((d['paymentstatus'] = 'paid'), delete d['paymentStatus']), [
    'unknown field "paymentstatus"',
    'paymentStatus',
  ]),
  brokenCase(
    'sum in a currency with no exchange rate that day',
    (d) => ((amount(d)['currency'] = 'GBP'), (d['decided'] = { date: '2019-01-15', precision: 'day' })),
    ['amounts.0.currency', 'no GBP reference rate on or up to 7 days before 2019-01-15'],
  ),
  {
    // A misspelt id in an MDX chart would draw "No fines match these filters" as if it were a fact.
    name: 'chart in an explainer naming a respondent that does not exist',
    files: {
      'explainers/does-clearview-pay-its-fines.mdx': readFileSync(
        join(CONTENT_DIR, 'explainers/does-clearview-pay-its-fines.mdx'),
        'utf8',
      ).replace('<FineTimeline respondent="clearview-ai"', '<FineTimeline respondent="clearveiw-ai"'),
    },
    expected: [
      '/explainers/does-clearview-pay-its-fines/: the fine-timeline chart on this page',
      'respondent="clearveiw-ai": expected the id of a file in content/respondents/',
    ],
  },
  (() => {
    // A journalist lifts single sentences: one stating a sum and a year must name its source.
    const file = 'explainers/reading-a-gdpr-fine.mdx';
    const text = readFileSync(join(CONTENT_DIR, file), 'utf8').trimEnd();
    return {
      name: 'explainer sentence stating a fine with no citation',
      files: { [file]: `${text}\n\nA regulator fined the company €3 million in 2024.\n` },
      expected: [
        `${file} → line ${text.split('\n').length + 2}`,
        'states amount, date without a citation',
        '(“A regulator fined the company €3 million in 2024.”)',
      ],
    };
  })(),
  {
    // A release is never edited: its files must still match the checksums it was cut with.
    name: 'data release edited after it was cut',
    files: { [`releases/${FIRST_RELEASE}/cases.csv`]: 'case_id\r\nedited\r\n' },
    expected: [
      `Data release ${FIRST_RELEASE} is not intact`,
      `content/releases/${FIRST_RELEASE}/cases.csv: its SHA-256 differs from SHA256SUMS`,
    ],
  },
  {
    name: 'regulator with "UK" for a jurisdiction',
    files: {
      'regulators/broken-regulator.yaml': stringify({
        name: 'Broken',
        shortName: 'B',
        kind: 'court',
        jurisdiction: 'UK',
        website: 'https://example.org/',
        profile: 'A court.',
      }),
    },
    expected: ['broken-regulator', 'jurisdiction', 'the United Kingdom is "GB", not "UK"'],
  },
];

describe('bad input fails the build with the file, the field and what was expected', () => {
  it.each(FIXTURES)('$name', async ({ files, expected }) => {
    const content = mkdtempSync(join(scratch, 'content-'));
    cpSync(CONTENT_DIR, content, { recursive: true });
    for (const [path, text] of Object.entries(files)) writeFileSync(join(content, path), text);
    const outDir = join(scratch, `dist-${relative(scratch, content)}`);

    const { code, output } = await runBuild({ outDir, contentDir: content });

    expect(code, output).not.toBe(0);
    for (const needle of expected) {
      if (typeof needle === 'string') expect(output).toContain(needle);
      else expect(output).toMatch(needle);
    }
    // Never a half-built site: nothing is left to deploy.
    expect(existsSync(join(outDir, 'index.html'))).toBe(false);
  });
});

/** Every file under a folder with the SHA-256 of its bytes. */
function fingerprint(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files[relative(dir, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
  }
  return files;
}

describe('deterministic builds', () => {
  it('a second build of the same content is byte-identical', async () => {
    const outDir = join(scratch, 'dist-again');
    const { code, output } = await runBuild({ outDir });
    expect(code, output).toBe(0);
    expect(fingerprint(outDir)).toEqual(fingerprint(TEST_DIST));
  }, 180_000);
});

describe('a build served from a sub-folder (GitHub Pages project sites)', () => {
  const base = '/face-rules/';
  const outDir = join(scratch, 'dist-base');

  it('builds, and every link, asset and header rule stays inside the base path', async () => {
    const { code, output } = await runBuild({ outDir, basePath: base });
    expect(code, output).toBe(0);
    expect(checkSiteLinks(outDir, { origin: 'https://facerules.org', base })).toEqual([]);
    const rules = parseHeadersFile(readFileSync(join(outDir, '_headers'), 'utf8'));
    expect(rules.filter((rule) => rule.path !== '/*' && !rule.path.startsWith(base))).toEqual([]);
  }, 180_000);

  it.runIf(chromiumAvailable())(
    'in Chromium, charts, search and the quick search load everything from the base',
    async () => {
      const [browser, server] = await Promise.all([launchChromium(), serveStatic(outDir, base)]);
      const failed: string[] = [];
      const page = await browser.newPage();
      page.on(
        'response',
        (response) => response.status() >= 400 && failed.push(`${response.status()} ${response.url()}`),
      );
      page.on('console', (message) => message.type() === 'error' && failed.push(message.text()));

      await page.goto(`${server.origin}${base}timeline/`, { waitUntil: 'networkidle' });
      await hoverFirstMark(page);

      await page.goto(`${server.origin}${base}search/?q=mercadona`, { waitUntil: 'networkidle' });
      const first = page.locator('[data-results] > li a.title').first();
      await expect.poll(() => first.getAttribute('href')).toBe('/face-rules/respondents/mercadona/');

      await page.goto(`${server.origin}${base}explainers/ai-act-ban-on-face-scraping/`, { waitUntil: 'networkidle' });
      expect(await page.locator('main a[href="/face-rules/cases/fr-cnil-sanction-2022/"]').count()).toBeGreaterThan(0);
      await page.keyboard.press('/');
      await page.keyboard.type('Clearview');
      const options = page.locator('#quick-results [role="option"][data-url]');
      await expect.poll(() => options.count()).toBeGreaterThan(0);
      expect(await options.first().getAttribute('data-url')).toMatch(/^\/face-rules\//);

      expect(failed).toEqual([]);
      await Promise.all([browser.close(), server.close()]);
    },
  );
});

// 400 cases: the real ones and copies, enough for one respondent (Clearview AI) to pass the
// 100-row list limit whatever the size of the real record.
describe('a larger record (400 synthetic cases, as the scale benchmark makes them)', () => {
  const content = join(scratch, 'content-400');
  const outDir = join(scratch, 'dist-400');

  it('builds, splits the case index into pages that link to each other, and keeps every link whole', async () => {
    writeSyntheticContent(CONTENT_DIR, content, 400);
    const { code, output } = await runBuild({ outDir, contentDir: content });
    expect(code, output).toBe(0);
    const index = readFileSync(join(outDir, 'cases/index.html'), 'utf8');
    expect(index).toMatch(/Cases 1–100 of 400<span data-order[^>]*>, newest first/);
    expect(index).toContain('href="/cases/page/4/"');
    const last = readFileSync(join(outDir, 'cases/page/4/index.html'), 'utf8');
    expect(last).toMatch(/Cases 301–400 of 400<span data-order[^>]*>, newest first/);
    expect(last.match(/<tbody[^>]*>[\s\S]*?<\/tbody>/)?.[0].match(/<tr[ >]/g)).toHaveLength(100);
    expect(existsSync(join(outDir, 'cases/page/5/index.html'))).toBe(false);
    expect(checkSiteLinks(outDir, { origin: 'https://facerules.org' })).toEqual([]);
    // Whole builds (here 400 cases, their provision pages and search index) take one to three
    // minutes on two busy cores, so these tests run past the default timeout. Speed is the
    // benchmark's job.
  }, 300_000);

  it('keeps the case index within the reading budget however many cases there are', () => {
    const weight = pageWeight(outDir, '/cases/');
    expect(weight.html + weight.css).toBeLessThanOrEqual(20 * 1024);
  });

  it.runIf(chromiumAvailable())(
    'a long respondent list shows the latest 100 and its search link finds them all',
    async () => {
      const html = readFileSync(join(outDir, 'respondents/clearview-ai/index.html'), 'utf8');
      const total = Number(/(\d+) actions against Clearview AI/.exec(html)?.[1]);
      expect(total).toBeGreaterThan(100);
      expect(html).toContain(`The 100 most recent of ${total} are listed.`);
      const href = /<a href="([^"]+)"[^>]*>Every action against Clearview AI, in search<\/a>/.exec(html)?.[1] ?? '';
      expect(href).toMatch(/^\/search\/\?/);
      const [browser, server] = await Promise.all([launchChromium(), serveStatic(outDir)]);
      const page = await browser.newPage();
      await page.goto(server.origin + href.replace(/&amp;/g, '&'), { waitUntil: 'networkidle' });
      await expect.poll(() => page.locator('[data-status]').textContent()).toBe(`${total} results`);
      await Promise.all([browser.close(), server.close()]);
    },
  );
});
