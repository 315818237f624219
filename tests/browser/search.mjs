// 한국어 검색 품질 시험: 만든 사이트(site/)의 진짜 검색 창에 검색어를 하나씩 입력하고, 결과 목록의 처음 세 링크 안에
// 기대한 절(페이지#앵커)이 있는지 확인합니다. tests/test_search.py 가 실행하고, 혼자서도 돌릴 수 있습니다:
//
//     node tests/browser/search.mjs [--site site] [--queries tests/search_queries.yml] [--top 3] [--json out.json] [--verbose]
//
// 1. tests/browser/serve.py 가 site/ 를 127.0.0.1 에서 내보냅니다 (사이트 주소의 경로 /keras-custom-ko/ 아래, check.mjs 와 같음).
// 2. 헤드리스 Chromium(데비안 /usr/bin/chromium, playwright-core, 실행마다 새 사용자 데이터 폴더)이 첫 페이지를 열고
//    Material 의 검색 창(.md-search__input)을 누른 뒤 검색어마다:
//      - 창을 비우고 결과 목록이 비워질 때까지 기다립니다 (앞 검색어의 결과와 섞이지 않게),
//      - 검색어를 한 번에 입력하고(한글은 IME 가 확정한 글자처럼 insertText) 키를 하나 눌러 뗍니다 — Material 은 keyup 에서 검색합니다,
//      - 결과 목록이나 "일치하는 문서가 없습니다"가 나올 때까지 기다립니다.
//    "처음 세 링크" = 결과 목록을 펼치지 않고 보이는 링크의 순서 그대로입니다. 페이지 묶음마다 페이지 링크가 먼저 오고,
//    그 페이지에서 가장 잘 맞는 절이 뒤따릅니다. "이 문서에서 N개의 검색 결과 더 보기"에 접힌 절은 세지 않습니다.
// 3. 검색어 목록(YAML)은 파이썬(PyYAML, .venv)으로 읽습니다. 기대한 절이 사이트의 검색 색인에 없으면(제목을 바꿔 앵커가 바뀜) 그것도 실패입니다.
//
// 종료 코드: 0 모두 맞음, 1 놓친 검색어가 있음, 2 설치·환경 문제.

import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { argv, opt, sitePrefix, startServer, CHROME_FLAGS, CHROMIUM, FIX, PYTHON, ROOT } from './common.mjs';


const SITE = resolve(ROOT, opt('--site', 'site'));
const QUERIES = resolve(ROOT, opt('--queries', 'tests/search_queries.yml'));
const TOP = Number(opt('--top', '3'));
const JSON_OUT = opt('--json', null);
const VERBOSE = argv.includes('--verbose');

function die(msg) {
  const bar = '!'.repeat(78);
  console.error(`\n${bar}\n검색 시험을 실행할 수 없습니다 — 통과로 치지 않습니다.\n\n${msg}\n${bar}\n`);
  process.exit(2);
}

// ------------------------------------------------------------------ 준비물
if (!existsSync(CHROMIUM)) die(`Chromium 이 없습니다: ${CHROMIUM}\n고치는 방법: ${FIX}`);
let chromium;
try {
  ({ chromium } = await import('playwright-core'));
} catch (err) {
  die(`tests/browser/node_modules 의 npm 패키지가 없습니다 (${err.code || err.message}).\n고치는 방법: ${FIX}`);
}
if (!existsSync(join(SITE, 'index.html'))) die(`${relative(ROOT, SITE) || SITE}/index.html 이 없습니다. 먼저 make build 로 사이트를 만드세요.`);
const INDEX_FILE = join(SITE, 'search', 'search_index.json');
if (!existsSync(INDEX_FILE)) die(`${relative(ROOT, INDEX_FILE)} 이 없습니다 (mkdocs.yml 의 search 플러그인).`);

function loadQueries(file) {
  const code = 'import json, sys, yaml; json.dump(yaml.safe_load(open(sys.argv[1], encoding="utf-8")), sys.stdout, ensure_ascii=False)';
  const r = spawnSync(PYTHON, ['-c', code, file], { encoding: 'utf8' });
  if (r.status !== 0) die(`${relative(ROOT, file)} 을 읽을 수 없습니다 (${PYTHON}, PyYAML):\n${r.stderr || r.error}`);
  const items = JSON.parse(r.stdout);
  if (!Array.isArray(items) || !items.length) die(`${relative(ROOT, file)}: 검색어 목록(YAML 리스트)이 비어 있습니다.`);
  return items.map((it, i) => {
    if (!it || typeof it.q !== 'string' || !it.q.trim() || !it.expect) die(`${relative(ROOT, file)}: ${i + 1}번째 항목에 q 와 expect 가 필요합니다: ${JSON.stringify(it)}`);
    return { q: it.q, expect: [].concat(it.expect), kind: it.kind || '-', known: it.known_miss || null };
  });
}

// docs/ 기준 경로#앵커 → 검색 색인의 location (use_directory_urls): guide/01-layer.md#a → guide/01-layer/#a, index.md → ''
function locationOf(spec) {
  const [path, anchor] = spec.split('#');
  let url = path.replace(/\.md$/, '/').replace(/(^|\/)index\/$/, '$1').replace(/^\/+/, '');
  if (url === '/') url = '';
  return anchor ? `${url}#${anchor}` : url;
}

// ------------------------------------------------------------------ 시험
const queries = loadQueries(QUERIES);
const index = JSON.parse(readFileSync(INDEX_FILE, 'utf8'));
const known = new Set(index.docs.map((d) => d.location));
const PREFIX = sitePrefix(SITE);
const t0 = Date.now();

let server;
try {
  server = await startServer(SITE, PREFIX);
} catch (err) {
  die(`사이트 서버를 띄울 수 없습니다 (${PYTHON} tests/browser/serve.py): ${err.message}`);
}

const results = [];
const pageErrors = [];
let readyMs = null;
let browser;
try {
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROME_FLAGS });
  } catch (err) {
    die(`${CHROMIUM} 를 띄울 수 없습니다:\n${err.message}\n고치는 방법: ${FIX}`);
  }
  const context = await browser.newContext({ locale: 'ko-KR', viewport: { width: 1280, height: 800 } });
  await context.route('**/*', (route) => {
    const u = route.request().url();
    if (!/^https?:|^wss?:/.test(u) || new URL(u).hostname === '127.0.0.1') return route.continue();
    return route.abort('blockedbyclient');
  });
  const page = await context.newPage();
  page.on('pageerror', (err) => pageErrors.push(err.message));
  page.on('console', (msg) => {
    if (msg.type() === 'error' || /Invalid query/.test(msg.text())) pageErrors.push(msg.text());
  });
  await page.goto(server.base, { waitUntil: 'load', timeout: 30000 });
  const texts = await page.evaluate(() => JSON.parse(document.getElementById('__config').textContent).translations);
  const PLACEHOLDER = texts['search.result.placeholder'];
  const NONE = texts['search.result.none'];
  const input = page.locator('.md-search__input');
  await input.click();

  // 검색 창을 비우고, Material 이 빈 검색어의 결과(빈 목록 + 안내 문구)를 그릴 때까지 기다립니다.
  async function clear() {
    await input.fill('');
    await page.keyboard.press('End');
    await page.waitForFunction(
      (placeholder) => {
        const meta = document.querySelector('.md-search-result__meta');
        const list = document.querySelector('.md-search-result__list');
        return meta && list && list.children.length === 0 && meta.textContent.trim() === placeholder;
      },
      PLACEHOLDER,
      { timeout: 30000 },
    );
  }

  const tReady = Date.now();
  await clear(); // 처음에는 검색 색인을 받아 워커가 준비될 때까지 기다리는 셈입니다
  readyMs = Date.now() - tReady;

  for (const item of queries) {
    const tq = Date.now();
    await clear();
    await page.keyboard.insertText(item.q);
    await page.keyboard.press('End'); // keyup: Material 이 이때 창의 값을 읽어 검색합니다
    await page.waitForFunction(
      (none) => {
        const meta = document.querySelector('.md-search-result__meta');
        const list = document.querySelector('.md-search-result__list');
        return list.children.length > 0 || meta.textContent.trim() === none;
      },
      NONE,
      { timeout: 15000 },
    );
    const shown = await page.evaluate((prefix) => {
      const loc = (href) => {
        const u = new URL(href);
        let path = decodeURIComponent(u.pathname);
        path = path.startsWith(prefix) ? path.slice(prefix.length) : path;
        return path + decodeURIComponent(u.hash);
      };
      const visible = [];
      const all = [];
      for (const li of document.querySelectorAll('.md-search-result__list > li')) {
        for (const child of li.children) {
          if (child.matches('a.md-search-result__link')) visible.push(loc(child.href));
        }
        for (const a of li.querySelectorAll('a.md-search-result__link')) {
          all.push({ location: loc(a.href), score: Number(a.querySelector('article')?.dataset.mdScore ?? 0) });
        }
      }
      return { visible, all, meta: document.querySelector('.md-search-result__meta').textContent.trim() };
    }, PREFIX);
    const want = item.expect.map(locationOf);
    const top = shown.visible.slice(0, TOP);
    const rank = top.findIndex((l) => want.includes(l));
    const missing = want.filter((l) => !known.has(l));
    results.push({
      ...item,
      want,
      hit: rank >= 0 && missing.length < want.length,
      rank: rank >= 0 ? rank + 1 : null,
      top,
      all: shown.all.slice(0, 12),
      meta: shown.meta,
      missing,
      ms: Date.now() - tq,
    });
  }
  await context.close();
} finally {
  if (browser) await browser.close();
  server.proc.kill('SIGTERM');
}

// ------------------------------------------------------------------ 보고
const short = (l) => (l === '' ? '(첫 페이지)' : l);
const hits = results.filter((r) => r.hit).length;
const gated = results.filter((r) => !r.known);
const gatedHits = gated.filter((r) => r.hit).length;
const byKind = {};
for (const r of results) {
  const k = (byKind[r.kind] ||= { hit: 0, total: 0 });
  k.total += 1;
  if (r.hit) k.hit += 1;
}
const pct = (a, b) => `${((100 * a) / b).toFixed(1)}%`;
console.log(`사이트: ${relative(ROOT, SITE) || SITE} → ${server.base} (Chromium ${CHROMIUM})`);
console.log(`검색 색인: ${relative(ROOT, INDEX_FILE)} (${(readFileSync(INDEX_FILE).length / 1024).toFixed(0)} KB, 절 ${index.docs.length}개), ` +
  `lang=${JSON.stringify(index.config.lang)}\n  separator=${JSON.stringify(index.config.separator)}\n  ` +
  `hooks/search.py: ${Object.keys(index.config.fields || {}).filter((f) => !['title', 'text', 'tags'].includes(f)).join(', ') || '(없음)'}` +
  `${index.config.ko_query ? `, 조사·어미 ${index.config.ko_query.suffixes.length}개, 줄기 ${index.config.ko_query.stems.length}개` : ', 조사·어미 목록 없음 (kiwipiepy 없이 만든 사이트)'}`);
console.log(`검색 준비(색인 받기 + 워커 색인 만들기): ${readyMs} ms\n`);
for (const r of results) {
  const mark = r.hit ? `✓${r.rank}` : r.known ? '~ ' : '✗ ';
  if (VERBOSE || !r.hit || r.known) {
    console.log(`${mark} [${r.kind}] ${r.q}${r.known ? (r.hit ? '   ← 이제 찾습니다: known_miss 를 지우세요' : '   (알려진 한계)') : ''}`);
    console.log(`     기대: ${r.want.map(short).join(' | ')}${r.missing.length ? `   (사이트에 없는 절: ${r.missing.map(short).join(', ')})` : ''}`);
    console.log(`     처음 ${TOP}개: ${r.top.map(short).join(' · ') || `(없음: ${r.meta})`}`);
    if (r.known && !r.hit) console.log(`     까닭: ${r.known}`);
  } else {
    console.log(`${mark} [${r.kind}] ${r.q}`);
  }
}
console.log('\n종류        맞음/전체');
for (const [k, v] of Object.entries(byKind)) console.log(`  ${k.padEnd(10)} ${String(v.hit).padStart(3)}/${String(v.total).padEnd(3)} ${pct(v.hit, v.total)}`);
console.log(`  ${'전체'.padEnd(9)} ${String(hits).padStart(3)}/${String(results.length).padEnd(3)} ${pct(hits, results.length)}`);
console.log(`  ${'시험 대상'.padEnd(8)} ${String(gatedHits).padStart(3)}/${String(gated.length).padEnd(3)} ${pct(gatedHits, gated.length)}   (known_miss ${results.length - gated.length}개 제외)`);
const perQuery = results.map((r) => r.ms).sort((a, b) => a - b);
console.log(`\n검색어 ${results.length}개, 검색어당 중앙값 ${perQuery[Math.floor(perQuery.length / 2)]} ms, 전체 ${((Date.now() - t0) / 1000).toFixed(1)}초`);
if (pageErrors.length) console.log(`\n페이지 오류·경고:\n  ${[...new Set(pageErrors)].join('\n  ')}`);
if (JSON_OUT) {
  writeFileSync(resolve(JSON_OUT), JSON.stringify({ hits, total: results.length, gatedHits, gated: gated.length, byKind, readyMs, separator: index.config.separator, results, pageErrors }, null, 2));
}
const missed = gated.filter((r) => !r.hit);
const fixed = results.filter((r) => r.known && r.hit);
if (missed.length || fixed.length || pageErrors.length) {
  console.log(`\n놓친 검색어 ${missed.length}개${fixed.length ? `, 이제 찾는 known_miss ${fixed.length}개` : ''}${pageErrors.length ? `, 페이지 오류 ${pageErrors.length}개` : ''}`);
  process.exit(1);
}
console.log(`검색 시험 통과: 검색어 ${gated.length}개 모두 기대한 절이 처음 ${TOP}개 링크 안에 있습니다${results.length > gated.length ? ` (알려진 한계 ${results.length - gated.length}개 따로)` : ''}.`);
