// 만든 사이트(site/)를 실제 브라우저로 확인합니다. tests/test_browser.py 가 실행하고, 혼자서도 돌릴 수 있습니다:
//
//     node tests/browser/check.mjs [--site site] [--json out.json]
//
// 1. tests/browser/serve.py 가 site/ 를 127.0.0.1 에서 gzip 으로 내보냅니다 (사이트 주소의 경로 /keras-custom-ko/ 아래).
// 2. 헤드리스 Chromium(데비안 /usr/bin/chromium, playwright-core)이 모든 HTML 페이지를 밝은·어두운 모드로 엽니다.
//    실패: 127.0.0.1 이 아닌 호스트로 가는 요청(제3자 요청, 모두 막고 기록), 콘솔 오류, 페이지 오류, 400 이상 응답,
//    lang="ko" 가 아님, meta description 없음, 본문 word-break 가 keep-all 이 아님, 검색 대화 상자에 이름 없음,
//    axe-core 의 serious/critical 위반. 첫 페이지는 검색 결과를 연 상태로 검사합니다.
//    검색 색인(search_index.json)은 페이지를 열기만 해서는 받지 않고, 첫 페이지에서 검색 창을 누르면 한 번 받아야 합니다.
//    코드 블록이 있는 페이지(가이드·노트북)는 화면 밖 블록을 모두 그려도 제목 위치·문서 높이가 8px 넘게 움직이지 않아야 하고,
//    axe 는 모든 블록을 그린 뒤에 돌립니다.
//    가장 긴 노트북 페이지에서는 쓰는 규칙만 남긴 노트북 CSS(assets/stylesheets/notebook.css)를 남기기 전의 CSS
//    (build/notebook.untrimmed.css, make build 가 씀)로 바꿔도 모든 요소의 계산된 스타일이 같아야 합니다 (밝은·어두운 모드).
// 3. Lighthouse 12.2.3 (기본 설정 = 모바일)으로 첫 페이지, 가장 긴 가이드 페이지, 가장 긴 노트북 페이지의 네 점수를 잽니다.
//    페이지마다 LH_RUNS(기본 5)번 잰 점수의 중앙값이 --min-score(기본 95) 밑이면 실패. 중앙값이 기준을 넘는지는
//    기준 이상인 실행이 과반(5번 중 3번)인지와 같으므로, 과반이 정해지면 남은 실행은 하지 않습니다 (5번 중 3번 이상 통과 = 통과,
//    3번 실패 = 실패). Lighthouse 실행에서 제3자 요청이 하나라도 있으면 실패.
//
// 옵션: --min-performance N (성능만 다른 기준) · --no-lighthouse · --lighthouse-only · --pages a.html,b/index.html
//       --lighthouse-pages index.html,guide/x/index.html · --all-runs (판정이 정해져도 LH_RUNS 번 모두 잼: 측정용)
//       --untrimmed-css build/notebook.untrimmed.css · --json 결과.json
// 환경 변수: CHROMIUM (기본 /usr/bin/chromium) · PYTHON (serve.py 를 돌릴 파이썬) · LH_RUNS (홀수, 기본 5)
//           LH_DUMP_DIR (Lighthouse JSON 저장)
//
// 종료 코드: 0 통과, 1 검사 실패, 2 설치·환경 문제 (무엇을 하면 되는지 출력합니다).

import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { createRequire } from 'node:module';
import { argv, opt, sitePrefix, startServer, CHROME_FLAGS, CHROMIUM, DEFERRED_CODE, DRAW_ALL_CODE_CSS, FIX, HERE, PYTHON, ROOT } from './common.mjs';


const SITE = resolve(ROOT, opt('--site', 'site'));
const MIN_SCORE = Number(opt('--min-score', '95'));
// 성능만 다른 기준을 쓰려면 --min-performance N (기본: --min-score 와 같음)
const MIN_PERFORMANCE = Number(opt('--min-performance', String(MIN_SCORE)));
const minFor = (cat) => (cat === 'performance' ? MIN_PERFORMANCE : MIN_SCORE);
const JSON_OUT = opt('--json', null);
const RUN_LIGHTHOUSE = !argv.includes('--no-lighthouse');
const RUN_PAGES = !argv.includes('--lighthouse-only');

// 끝날 때(die 포함) 이 스크립트가 띄운 프로세스만 끝냅니다.
const cleanups = [];
process.on('exit', () => {
  for (const f of cleanups) {
    try { f(); } catch {}
  }
});

function die(msg) {
  const bar = '!'.repeat(78);
  console.error(`\n${bar}\n브라우저 검사를 실행할 수 없습니다 — 통과로 치지 않습니다.\n\n${msg}\n${bar}\n`);
  process.exit(2);
}

// ------------------------------------------------------------------ 준비물 확인 (없으면 크게 실패)
if (Number(process.versions.node.split('.')[0]) < 20) {
  die(`Node ${process.versions.node} 입니다. playwright-core 는 Node 20 이상이 필요합니다.`);
}
if (!existsSync(CHROMIUM)) {
  die(`Chromium 이 없습니다: ${CHROMIUM}\n고치는 방법: ${FIX}\n(데비안: apt-get install chromium. 다른 경로는 CHROMIUM=/경로 로 알려 주세요.)`);
}
const require = createRequire(import.meta.url);
let chromium, lighthouse, AXE_PATH;
try {
  ({ chromium } = await import('playwright-core'));
  AXE_PATH = require.resolve('axe-core/axe.min.js');
  if (RUN_LIGHTHOUSE) lighthouse = (await import('lighthouse')).default;
} catch (err) {
  die(`tests/browser/node_modules 의 npm 패키지가 없습니다 (${err.code || err.message}).\n고치는 방법: ${FIX}`);
}
const installed = JSON.parse(readFileSync(join(HERE, 'package.json'), 'utf8')).dependencies;
for (const [name, want] of Object.entries(installed)) {
  const have = JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')).version;
  if (have !== want) die(`${name} ${have} 이 설치되어 있지만 package.json 은 ${want} 입니다.\n고치는 방법: ${FIX}`);
}
if (!existsSync(join(SITE, 'index.html'))) {
  die(`${relative(ROOT, SITE) || SITE}/index.html 이 없습니다. 먼저 make build 로 사이트를 만드세요.`);
}

// ------------------------------------------------------------------ 페이지 목록과 주소
function htmlFiles(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...htmlFiles(p));
    else if (name.endsWith('.html')) out.push(relative(SITE, p).split(sep).join('/'));
  }
  return out.sort();
}
const PREFIX = sitePrefix(SITE);
// --pages a.html,b/index.html 로 일부 페이지만 (디버깅용)
const ONLY = opt('--pages', null);
const FILES = htmlFiles(SITE).filter((f) => !ONLY || ONLY.split(',').includes(f));
const urlPath = (file) => file.replace(/(^|\/)index\.html$/, '$1');
// 폴더(guide/, notebooks/)에서 HTML 이 가장 큰 페이지: Lighthouse 와 노트북 CSS 비교의 대상
const longest = (folder) => htmlFiles(SITE).filter((f) => new RegExp(`^${folder}/.+/index\\.html$`).test(f))
  .sort((a, b) => statSync(join(SITE, b)).size - statSync(join(SITE, a)).size)[0];
const LONGEST_GUIDE = longest('guide');
const LONGEST_NOTEBOOK = longest('notebooks');
const NOTEBOOK_CSS = 'assets/stylesheets/notebook.css';
const UNTRIMMED_CSS = resolve(ROOT, opt('--untrimmed-css', join('build', 'notebook.untrimmed.css')));

// ------------------------------------------------------------------ 서버
async function startSiteServer() {
  const server = await startServer(SITE, PREFIX);
  cleanups.push(() => server.proc.kill('SIGTERM'));
  return server;
}

// ------------------------------------------------------------------ 검사
const problems = []; // 실패 사유 (사람이 읽을 문장)
const notes = []; // 실패는 아니지만 알릴 것
const report = { pages: [], thirdParty: [], lighthouse: [], axe: { serious: 0, moderate: 0, minor: 0 } };
const fail = (msg) => problems.push(msg);
const minorAxe = new Map(); // 실패가 아닌 axe 위반: 규칙 → 페이지들

function isLocal(u) {
  if (!/^https?:|^wss?:/.test(u)) return true; // data:, blob:, about:, chrome-extension: 는 네트워크가 아닙니다
  return new URL(u).hostname === '127.0.0.1';
}

// 어두운 모드에서는 색에 달린 규칙만 다시 봅니다 (나머지 규칙은 색 구성과 무관해 밝은 모드에서 한 번이면 됩니다).
const COLOR_RULES = ['color-contrast', 'link-in-text-block'];

async function runAxe(page, onlyColor = false) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.addScriptTag({ path: AXE_PATH });
  return page.evaluate(async (rules) => {
    const options = { resultTypes: ['violations'] };
    if (rules) options.runOnly = { type: 'rule', values: rules };
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, options);
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 300).map((n) => ({ target: n.target.join(' '), summary: n.failureSummary })),
      count: v.nodes.length,
    }));
  }, onlyColor ? COLOR_RULES : null);
}

function describeNodes(v) {
  // 대비 위반은 (글자색, 배경색) 조합마다 한 줄로 묶습니다: 수백 곳이어도 고칠 색은 몇 개뿐입니다.
  if (v.id === 'color-contrast') {
    const groups = new Map();
    for (const n of v.nodes) {
      const m = (n.summary || '').match(/contrast of ([\d.]+) \(foreground color: (#\w+), background color: (#\w+)/);
      const key = m ? `${m[2]} on ${m[3]} = ${m[1]}:1` : (n.summary || '').split('\n').slice(-1)[0].trim();
      if (!groups.has(key)) groups.set(key, { count: 0, example: n.target });
      groups.get(key).count += 1;
    }
    return [...groups].map(([key, g]) => `      ${key} — ${g.count}곳, 예: ${g.example}`).join('\n');
  }
  const shown = v.nodes.slice(0, 5).map((n) => `      ${n.target}\n        ${(n.summary || '').replace(/\n/g, '\n        ')}`);
  if (v.nodes.length > 5) shown.push(`      … 그 밖에 ${v.count - 5}곳`);
  return shown.join('\n');
}

function recordAxe(where, violations) {
  for (const v of violations) {
    const line = `${where}: axe ${v.impact} ${v.id} — ${v.help} (${v.count}곳)\n` + describeNodes(v);
    if (v.impact === 'serious' || v.impact === 'critical') {
      report.axe.serious += 1;
      fail(line);
    } else {
      // 실패가 아닌 위반(moderate/minor)은 규칙마다 한 줄로 모읍니다.
      report.axe[v.impact === 'moderate' ? 'moderate' : 'minor'] += 1;
      const key = `axe ${v.impact} ${v.id} — ${v.help}`;
      if (!minorAxe.has(key)) minorAxe.set(key, { pages: new Set(), example: v.nodes[0]?.target });
      minorAxe.get(key).pages.add(where.split(' ')[0]);
    }
  }
}

// 용어 툴팁(docs/javascripts/term-tooltips.js): 본문의 첫 용어에 마우스를 올리면 그 title 글자를 담은 툴팁이 용어 바로 아래에
// 나타나고(role=tooltip, aria-describedby), 브라우저 기본 툴팁이 겹치지 않게 title 이 잠시 빠지며, 마우스를 치우면 사라지고
// title 이 돌아와야 합니다. 용어가 없는 페이지는 건너뜁니다.
async function checkTermTooltip(page, where) {
  const abbr = page.locator('.md-content abbr[title]').first();
  if ((await abbr.count()) === 0) return;
  const title = await abbr.getAttribute('title');
  // 맨 위로 스크롤하면 고정된 머리글이 용어를 가리므로 화면 가운데로 옮겨 놓고 올립니다.
  await abbr.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  try {
    await abbr.hover({ timeout: 5000 });
    await page.waitForSelector('#__term_tooltip.md-tooltip2--active', { state: 'visible', timeout: 3000 });
  } catch {
    fail(`${where}: 용어 "${await abbr.textContent()}" 에 마우스를 올려도 툴팁이 나타나지 않습니다`);
    return;
  }
  const shown = await page.evaluate(() => {
    const tip = document.getElementById('__term_tooltip');
    const host = document.querySelector('.md-content abbr[aria-describedby="__term_tooltip"]');
    const t = tip.querySelector('.md-tooltip2__inner').getBoundingClientRect();
    const h = host ? host.getBoundingClientRect() : null;
    return {
      text: tip.textContent, role: tip.getAttribute('role'), host: !!host, nativeTitle: host ? host.hasAttribute('title') : null,
      below: h ? t.top >= h.bottom && t.top - h.bottom < 40 : false, inView: t.left >= 0 && t.right <= window.innerWidth,
    };
  });
  if (shown.text !== title) fail(`${where}: 툴팁 글자 "${shown.text}" ≠ 용어의 title "${title}"`);
  if (shown.role !== 'tooltip' || !shown.host) fail(`${where}: 툴팁의 role(${shown.role}) 또는 용어의 aria-describedby 가 없습니다`);
  if (shown.nativeTitle) fail(`${where}: 툴팁이 보이는 동안 title 이 남아 브라우저 기본 툴팁이 겹칩니다`);
  if (!shown.below || !shown.inView) fail(`${where}: 툴팁이 용어 바로 아래 화면 안에 있지 않습니다 (${JSON.stringify(shown)})`);
  await page.mouse.move(1, 1);
  try {
    await page.waitForFunction(() => !document.getElementById('__term_tooltip'), null, { timeout: 3000 });
  } catch {
    fail(`${where}: 마우스를 치워도 용어 툴팁이 사라지지 않습니다`);
  }
  if ((await abbr.getAttribute('title')) !== title) fail(`${where}: 툴팁이 사라진 뒤 용어의 title 이 돌아오지 않았습니다`);
}

// docs/stylesheets/extra.css(가이드)와 docpages/nbrender.py 의 NOTEBOOK_CSS(노트북 코드 칸)는 화면 밖 코드 블록의 스타일 계산·배치를
// 건너뛰고(content-visibility: auto), 그 자리를 docpages/codeblocks.py 가 적은 줄 수(--code-lines) × 줄 높이로 잡습니다. 그 값이 틀리면 블록이 그려질 때 아래 내용이 밀려 스크롤이
// 튀고, 목차 링크(#제목)가 엉뚱한 곳에 멈춥니다. 건너뛴 상태와 모두 그린 상태에서 제목의 문서 안 위치와 문서 높이를 비교합니다.
// 끝나면 모든 블록이 그려진 상태로 남습니다 (axe 가 모든 토큰을 봅니다).
const PLACEHOLDER_TOLERANCE_PX = 8;
async function checkCodeBlockPlaceholders(page, where) {
  const measure = () => page.evaluate((sel) => ({
    height: document.documentElement.scrollHeight,
    heads: [...document.querySelectorAll('.md-content h2[id], .md-content h3[id]')].map((h) => [h.id, h.getBoundingClientRect().top + scrollY]),
    deferred: [...document.querySelectorAll(sel)].filter((c) => getComputedStyle(c).contentVisibility === 'auto').length,
  }), DEFERRED_CODE);
  const before = await measure();
  if (before.deferred === 0) return; // 코드 블록이 없는 페이지
  await page.addStyleTag({ content: DRAW_ALL_CODE_CSS });
  const after = await measure();
  const moved = before.heads
    .map(([id, y], i) => [id, after.heads[i][1] - y])
    .filter(([, dy]) => Math.abs(dy) > PLACEHOLDER_TOLERANCE_PX);
  if (moved.length || Math.abs(after.height - before.height) > PLACEHOLDER_TOLERANCE_PX)
    fail(`${where}: 화면 밖 코드 블록을 그리니 내용이 움직입니다 (허용 ${PLACEHOLDER_TOLERANCE_PX}px): 문서 높이 ${before.height} → ${after.height}px; ` +
      (moved.slice(0, 5).map(([id, dy]) => `#${id} ${dy > 0 ? '+' : ''}${Math.round(dy)}px`).join(', ') || '제목은 그대로') +
      '. docpages/codeblocks.py 의 줄 수(--code-lines)와 extra.css·NOTEBOOK_CSS 의 줄 높이를 확인하세요.');
  report.placeholders = (report.placeholders || 0) + 1;
  report.maxPlaceholderShift = Math.max(report.maxPlaceholderShift || 0, Math.abs(after.height - before.height),
    ...before.heads.map(([, y], i) => Math.abs(after.heads[i][1] - y)));
}

// 노트북 페이지의 CSS 는 docpages/csstrim.py 가 페이지에 맞을 수 없는 규칙을 뺀 것입니다. 같은 페이지에서 그 스타일시트를
// 남기기 전의 CSS 로 바꿔도 모든 요소(와 ::before·::after)의 계산된 스타일이 같아야 합니다 (뺀 규칙은 아무 요소에도 맞지 않았다는 것).
// 사용자 정의 속성(--jp-…)은 비교하지 않습니다: 빼는 것은 아무도 읽지 않는 것이고, 읽히는 값은 보통 속성의 값으로 비교됩니다.
async function checkTrimmedCss(page, where) {
  if (!existsSync(UNTRIMMED_CSS)) {
    fail(`${where}: ${relative(ROOT, UNTRIMMED_CSS)} 가 없어 노트북 CSS 를 비교할 수 없습니다 (make build 가 씁니다)`);
    return;
  }
  const started = Date.now();
  const result = await page.evaluate(({ href, untrimmed }) => {
    const link = [...document.querySelectorAll('link[rel="stylesheet"]')].find((l) => l.href.endsWith(href));
    if (!link) return { error: `<link href=".../${href}"> 가 없습니다` };
    const style = document.createElement('style');
    style.textContent = untrimmed;
    link.after(style); // 같은 자리(캐스케이드 순서)에 남기기 전의 CSS
    style.sheet.disabled = true;
    // 비교할 속성: 남기기 전의 CSS 가 선언하는 모든 속성(약식 속성은 풀어서). 다른 속성은 두 CSS 에서 달라질 수 없습니다.
    const declared = new Set();
    const collect = (rules) => {
      for (const r of rules) {
        if (r.style) for (let i = 0; i < r.style.length; i++) if (!r.style[i].startsWith('--')) declared.add(r.style[i]);
        if (r.cssRules) collect(r.cssRules);
      }
    };
    collect(style.sheet.cssRules);
    const names = [...declared];
    const props = (cs) => names.map((n) => `${n}: ${cs.getPropertyValue(n)}`);
    const snapshot = () => new Map([...document.body.querySelectorAll('*')].map((el) => {
      const all = props(getComputedStyle(el));
      for (const pseudo of ['::before', '::after']) {
        const ps = getComputedStyle(el, pseudo);
        if (ps.content !== 'none' && ps.content !== 'normal') all.push(...props(ps).map((p) => pseudo + ' ' + p));
      }
      return [el, all];
    }));
    const trimmed = snapshot();
    style.sheet.disabled = false;
    link.sheet.disabled = true;
    const full = snapshot();
    style.remove();
    link.sheet.disabled = false;
    const name = (el) => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + [...el.classList].map((c) => '.' + c).join('');
    const diffs = [];
    for (const [el, want] of full) {
      const got = trimmed.get(el);
      if (!got) continue;
      const changed = [];
      for (let i = 0; i < want.length; i++) if (got[i] !== want[i]) changed.push(`${want[i]} (남긴 CSS: ${got[i] ?? '없음'})`);
      if (changed.length || got.length !== want.length) diffs.push(`${name(el)}: ${changed.slice(0, 3).join('; ') || `속성 ${want.length} ≠ ${got.length}`}`);
    }
    return { elements: full.size, properties: names.length, diffs };
  }, { href: NOTEBOOK_CSS, untrimmed: readFileSync(UNTRIMMED_CSS, 'utf8') });
  if (result.error) fail(`${where}: 노트북 CSS 비교: ${result.error}`);
  else if (result.diffs.length) fail(`${where}: 쓰는 규칙만 남긴 ${NOTEBOOK_CSS} 와 남기기 전의 CSS 로 그린 계산된 스타일이 ${result.diffs.length}개 요소에서 다릅니다 ` +
    `(docpages/csstrim.py 가 쓰는 규칙을 뺐습니다):\n      ${result.diffs.slice(0, 10).join('\n      ')}`);
  (report.trimmedCss ||= []).push({ where, elements: result.elements, properties: result.properties, differing: result.diffs?.length, seconds: (Date.now() - started) / 1000 });
}

async function checkPages(base) {
  // playwright-core 가 실행마다 새 사용자 데이터 폴더(--user-data-dir)를 만들고 끝나면 지웁니다.
  let browser;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROME_FLAGS });
  } catch (err) {
    die(`${CHROMIUM} 를 띄울 수 없습니다:\n${err.message}\n고치는 방법: ${FIX}`);
  }
  const blocked = [];
  try {
    // 색 구성마다 새 컨텍스트: 저장된 팔레트 선택(localStorage)이 없어야 prefers-color-scheme 를 따릅니다.
    // 두 컨텍스트를 동시에 돌립니다 (코어 2개).
    await Promise.all(['light', 'dark'].map(async (scheme) => {
      const context = await browser.newContext({ colorScheme: scheme, locale: 'ko-KR', viewport: { width: 1280, height: 800 } });
      // 127.0.0.1 이 아닌 곳으로 가는 요청은 모두 막고 기록합니다 (워커의 요청 포함).
      await context.route('**/*', (route) => {
        const u = route.request().url();
        if (isLocal(u)) return route.continue();
        blocked.push(u);
        return route.abort('blockedbyclient');
      });
      for (const file of FILES) {
        const url = base + urlPath(file);
        const where = `${file} [${scheme === 'light' ? '밝은' : '어두운'} 모드]`;
        const started = Date.now();
        const page = await context.newPage();
        const seen = { requests: 0, thirdParty: [], console: [], bad: [], searchIndex: 0 };
        page.on('request', (req) => {
          seen.requests += 1;
          if (!isLocal(req.url())) seen.thirdParty.push(req.url());
          if (/\/search\/search_index\.json/.test(req.url())) seen.searchIndex += 1;
        });
        page.on('console', (msg) => {
          if (msg.type() === 'error') seen.console.push(msg.text() + (msg.location()?.url ? ` (${msg.location().url})` : ''));
        });
        page.on('pageerror', (err) => seen.console.push(`페이지 오류: ${err.message}`));
        page.on('response', (resp) => {
          if (resp.status() >= 400) seen.bad.push(`${resp.status()} ${resp.url()}`);
        });
        page.on('requestfailed', (req) => {
          if (isLocal(req.url())) seen.bad.push(`실패 ${req.failure()?.errorText} ${req.url()}`);
        });
        let resp;
        try {
          resp = await page.goto(url, { waitUntil: 'load', timeout: 30000 });
        } catch (err) {
          fail(`${where}: ${url} 를 열 수 없습니다: ${err.message.split('\n')[0]}`);
          await page.close();
          continue;
        }
        if (!resp || resp.status() !== 200) fail(`${where}: ${url} 응답 ${resp && resp.status()}`);
        const facts = await page.evaluate(() => {
          const q = (s) => document.querySelector(s);
          const css = (el, prop) => (el ? getComputedStyle(el)[prop] : null);
          const prose = q('.md-content .md-typeset p');
          const code = q('.md-content .md-typeset pre > code');
          return {
            lang: document.documentElement.lang,
            title: document.title,
            description: q('meta[name="description"]')?.content || '',
            scheme: document.body.getAttribute('data-md-color-scheme'),
            proseWordBreak: css(prose, 'wordBreak'),
            proseLineHeight: prose ? parseFloat(css(prose, 'lineHeight')) / parseFloat(css(prose, 'fontSize')) : null,
            codeWordBreak: css(code, 'wordBreak'),
            fontFamily: css(document.body, 'fontFamily'),
            searchLabel: q('.md-search[role="dialog"]')?.getAttribute('aria-label') || '',
            // Material 은 <meta name="color-scheme"> 에 머리글의 color-scheme 을 씁니다. 그 meta 대신 extra.css 가 <html> 에 같은 값을 줍니다.
            rootScheme: css(document.documentElement, 'colorScheme'),
            headerScheme: css(q('header.md-header'), 'colorScheme'),
            colorSchemeMetas: document.querySelectorAll('meta[name="color-scheme"]').length,
            // 표는 빌드가 Material 스크립트의 감싸개로 미리 감쌉니다 (docpages/material.py). 스크립트가 돈 뒤에도 표마다 감싸개가 하나여야 합니다.
            tables: [...document.querySelectorAll('.md-content table:not([class])')].map((t) =>
              t.parentElement.className === 'md-typeset__table' && t.parentElement.parentElement.className === 'md-typeset__scrollwrap' &&
              !t.parentElement.parentElement.closest('.md-typeset__table')),
          };
        });
        // 검색 색인은 독자가 검색하려 할 때 받습니다 (docs/javascripts/search-ko.js 의 release): 페이지를 열기만 해서는 요청이 없어야 합니다.
        if (seen.searchIndex) fail(`${where}: 페이지를 열자마자 search/search_index.json 을 받았습니다 (검색하기 전에는 받지 않아야 함: docs/javascripts/search-ko.js)`);
        if (facts.lang !== 'ko') fail(`${where}: <html lang="${facts.lang}"> — "ko" 여야 합니다`);
        if (!facts.title.trim()) fail(`${where}: <title> 이 비어 있습니다`);
        if (facts.description.trim().length < 20) fail(`${where}: meta description 이 없거나 너무 짧습니다: "${facts.description}"`);
        const wantScheme = scheme === 'light' ? 'default' : 'slate';
        if (facts.scheme !== wantScheme) fail(`${where}: 색 구성이 ${facts.scheme} 입니다 (${wantScheme} 여야 함)`);
        if (facts.proseWordBreak !== null && facts.proseWordBreak !== 'keep-all')
          fail(`${where}: 본문 word-break 가 ${facts.proseWordBreak} 입니다 (keep-all 이어야 함)`);
        if (facts.codeWordBreak === 'keep-all') fail(`${where}: 코드 블록에 word-break: keep-all 이 걸렸습니다`);
        if (facts.proseLineHeight !== null && facts.proseLineHeight < 1.6)
          fail(`${where}: 본문 줄 간격 ${facts.proseLineHeight.toFixed(2)} (1.6 이상이어야 함)`);
        if (!facts.searchLabel) fail(`${where}: 검색 대화 상자(role=dialog)에 aria-label 이 없습니다`);
        if (facts.rootScheme !== facts.headerScheme || facts.colorSchemeMetas)
          fail(`${where}: <html> 의 color-scheme "${facts.rootScheme}" ≠ 머리글의 "${facts.headerScheme}" (color-scheme meta ${facts.colorSchemeMetas}개). ` +
            'docs/stylesheets/extra.css 의 :root:has(...) 규칙과 docpages/material.py 를 확인하세요.');
        if (facts.tables.some((ok) => !ok))
          fail(`${where}: 표 ${facts.tables.filter((ok) => !ok).length}/${facts.tables.length}개가 감싸개(.md-typeset__scrollwrap > .md-typeset__table) 안에 한 번 있지 않습니다 (docpages/material.py)`);

        // 첫 페이지에서는 먼저 검색 창에 검색어를 넣고 결과가 열린 상태로 axe 를 돌립니다 (대화 상자 이름, 결과의 대비;
        // 검색 워커와 색인도 127.0.0.1 에서). axe 를 먼저 돌리면 Material 검색이 입력을 받지 못하므로 순서가 중요합니다.
        let label = where;
        if (file === 'index.html') {
          label = `${where} 검색 결과 열림`;
          await page.click('.md-search__input', { timeout: 5000 });
          await page.locator('.md-search__input').pressSequentially('레이어', { delay: 30, timeout: 5000 });
          // 한글은 playwright 가 키 이벤트 없이 글자만 넣습니다. Material 은 keyup 에서 검색어를 읽으므로 키 하나를 눌러 줍니다
          // (실제 한글 입력기는 keyup 을 냅니다).
          await page.keyboard.press('End');
          try {
            await page.waitForFunction(() => document.querySelectorAll('.md-search-result__list > li').length > 0, null, { timeout: 15000 });
          } catch {
            const meta = await page.evaluate(() => document.querySelector('.md-search-result__meta')?.textContent.trim());
            fail(`${where}: 검색 결과가 15초 안에 나오지 않았습니다 ("레이어"; 검색 창: "${meta}")`);
          }
          if (seen.searchIndex !== 1) fail(`${where}: 검색 창을 누른 뒤 search/search_index.json 요청이 ${seen.searchIndex}번입니다 (1번이어야 함)`);
        }
        // 화면 밖 코드 블록(content-visibility: auto)을 모두 그린 뒤에 axe 를 돌립니다: 그리지 않은 블록 안의 토큰 색도
        // 대비 검사를 받게. 그 전후로 제목 위치가 같아야 합니다 (줄 수로 잡은 자리가 맞아 스크롤이 튀지 않음).
        await checkCodeBlockPlaceholders(page, where);
        const axeStarted = Date.now();
        recordAxe(label, await runAxe(page, scheme === 'dark'));
        seen.axeSeconds = (Date.now() - axeStarted) / 1000;
        if (file === LONGEST_NOTEBOOK) await checkTrimmedCss(page, where);
        if (scheme === 'light') {
          if (file === 'index.html') await page.keyboard.press('Escape'); // 검색 결과를 닫고
          await checkTermTooltip(page, where);
        }

        for (const u of seen.thirdParty) fail(`${where}: 제3자 요청 ${u}`);
        for (const c of seen.console) fail(`${where}: 콘솔 오류: ${c}`);
        for (const b of seen.bad) fail(`${where}: ${b}`);
        report.pages.push({ file, scheme, requests: seen.requests, thirdParty: seen.thirdParty, console: seen.console, font: facts.fontFamily,
          seconds: (Date.now() - started) / 1000, axeSeconds: seen.axeSeconds });
        await page.close();
      }
      await context.close();
    }));
  } finally {
    report.thirdParty = [...new Set(blocked)];
    await browser.close();
  }
}

// ------------------------------------------------------------------ Lighthouse
async function launchPlainChrome() {
  const userDataDir = mkdtempSync(join(tmpdir(), 'lighthouse-profile-'));
  const proc = spawn(CHROMIUM, [...CHROME_FLAGS, `--user-data-dir=${userDataDir}`, '--remote-debugging-port=0', 'about:blank'], {
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: true, // 자기 프로세스 그룹: 끝날 때 이 그룹만 끝냅니다
  });
  let err = '';
  proc.stderr.on('data', (d) => (err += d));
  // 이 Chromium 의 프로세스 그룹만, 아직 살아 있을 때만 끝냅니다.
  cleanups.push(() => proc.exitCode === null && proc.signalCode === null && process.kill(-proc.pid, 'SIGKILL'));
  const portFile = join(userDataDir, 'DevToolsActivePort');
  for (let i = 0; i < 300; i++) {
    if (existsSync(portFile)) {
      const port = Number(readFileSync(portFile, 'utf8').split('\n')[0]);
      if (port) {
        const stop = () => {
          try { process.kill(-proc.pid, 'SIGKILL'); } catch {}
          rmSync(userDataDir, { recursive: true, force: true });
        };
        return { port, stop };
      }
    }
    if (proc.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  try { process.kill(-proc.pid, 'SIGKILL'); } catch {}
  rmSync(userDataDir, { recursive: true, force: true });
  die(`Lighthouse 용 Chromium 을 띄울 수 없습니다:\n${err.slice(-2000)}\n고치는 방법: ${FIX}`);
}

function lighthouseTargets() {
  if (opt('--lighthouse-pages', null)) return opt('--lighthouse-pages').split(',');
  return ['index.html', LONGEST_GUIDE, LONGEST_NOTEBOOK].filter(Boolean);
}

// 성능 점수는 이 머신의 다른 일(CPU 경쟁)에 따라 실행마다 흔들립니다 (같은 사이트에서 ±5점 안팎). 가장 좋은 값으로 판정하면
// 세 번에 한 번만 95 를 넘는 페이지도 5번 중 한 번은 넘어 대부분 통과하므로, 페이지마다 LH_RUNS 번(기본 5, 홀수) 잰 점수의
// 중앙값으로 판정합니다. 중앙값 ≥ 기준 ⟺ 기준 이상인 실행이 과반이므로 과반이 정해지면 멈춥니다: 좋은 페이지는 3번이면 끝나고,
// 세 번에 한 번만 넘는 페이지는 21 % 만 통과합니다 (가장 좋은 값으로는 87 %). 3번이 아니라 5번인 까닭: 열 번에 아홉 번 넘는 페이지가
// 실패할 확률이 중앙값-3 은 2.8 %, 중앙값-5 는 0.9 % 입니다. 모든 실행의 성능 점수와 benchmarkIndex(이 머신의 CPU 속도,
// 낮으면 다른 일과 경쟁 중)를 출력합니다.
const LH_RUNS = Number(process.env.LH_RUNS || 5);
if (!(LH_RUNS >= 1 && LH_RUNS % 2 === 1)) die(`LH_RUNS 는 홀수여야 합니다 (중앙값): ${process.env.LH_RUNS}`);
const median = (xs) => [...xs].sort((a, b) => a - b)[(xs.length - 1) >> 1];
const ALL_RUNS = argv.includes('--all-runs');

async function lighthouseOnce(url, file) {
  const CATS = ['performance', 'accessibility', 'best-practices', 'seo'];
  const chrome = await launchPlainChrome();
  let lhr;
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATS });
    lhr = result.lhr;
    if (process.env.LH_DUMP_DIR) writeFileSync(join(process.env.LH_DUMP_DIR, file.replace(/\//g, '_') + '.json'), result.report);
  } finally {
    chrome.stop();
  }
  const scores = Object.fromEntries(CATS.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]));
  const failing = Object.values(lhr.audits)
    .filter((a) => !['notApplicable', 'informative', 'manual'].includes(a.scoreDisplayMode) && typeof a.score === 'number' && a.score < 0.9)
    .map((a) => `${a.id} (${a.score})${a.displayValue ? ': ' + a.displayValue : ''}`);
  const requests = lhr.audits['network-requests']?.details?.items || [];
  const thirdParty = requests.filter((r) => !isLocal(r.url)).map((r) => r.url);
  const metrics = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index']
    .map((id) => `${id.replace(/-/g, ' ')} ${lhr.audits[id]?.displayValue ?? '?'}`);
  return { file, url, scores, failing, thirdParty, requests: requests.length, metrics, warnings: lhr.runWarnings || [],
    benchmarkIndex: lhr.environment?.benchmarkIndex };
}

async function runLighthouse(base) {
  const majority = (LH_RUNS + 1) / 2;
  for (const file of lighthouseTargets()) {
    const url = base + urlPath(file);
    const runs = [];
    const passing = () => runs.filter((r) => Object.entries(r.scores).every(([cat, sc]) => sc >= minFor(cat))).length;
    while (runs.length < LH_RUNS && (ALL_RUNS || (passing() < majority && runs.length - passing() < majority))) runs.push(await lighthouseOnce(url, file));
    // 보여 주는 실행: 성능이 중앙값인 실행. 점수는 범주마다 중앙값입니다 (성능 말고는 실행마다 같습니다).
    const byPerf = [...runs].sort((a, b) => a.scores.performance - b.scores.performance);
    const shown = { ...byPerf[(byPerf.length - 1) >> 1] };
    shown.scores = Object.fromEntries(Object.keys(shown.scores).map((cat) => [cat, median(runs.map((r) => r.scores[cat]))]));
    shown.performanceRuns = runs.map((r) => r.scores.performance);
    shown.benchmarkIndexes = runs.map((r) => Math.round(r.benchmarkIndex));
    shown.passing = passing();
    shown.thirdParty = [...new Set(runs.flatMap((r) => r.thirdParty))];
    report.lighthouse.push(shown);
    const verdict = `${runs.length}번 잰 성능: ${shown.performanceRuns.join(', ')}; 기준 이상 ${shown.passing}번, 과반 ${majority}번이면 통과` +
      `; benchmarkIndex ${shown.benchmarkIndexes.join(', ')}`;
    if (shown.passing < majority)
      fail(`Lighthouse ${file}: 중앙값 ${Object.entries(shown.scores).map(([c, sc]) => `${c} ${sc}`).join(', ')} — 기준 ${MIN_SCORE}` +
        (MIN_PERFORMANCE !== MIN_SCORE ? ` (성능 ${MIN_PERFORMANCE})` : '') + ` 밑 (${verdict}). 중앙값 실행의 0.9 미만 항목: ${shown.failing.join(', ') || '(없음)'}`);
    for (const u of shown.thirdParty) fail(`Lighthouse ${file}: 제3자 요청 ${u}`);
    for (const w of new Set(runs.flatMap((r) => r.warnings))) notes.push(`Lighthouse ${file} 경고: ${w}`);
  }
}

// ------------------------------------------------------------------ 실행
const t0 = Date.now();
let server;
try {
  server = await startSiteServer();
} catch (err) {
  die(`사이트 서버를 띄울 수 없습니다 (${PYTHON} tests/browser/serve.py): ${err.message}`);
}
try {
  console.log(`사이트: ${relative(ROOT, SITE) || SITE} → ${server.base} (gzip, 127.0.0.1 만)`);
  console.log(`페이지 ${FILES.length}개 × 밝은/어두운 모드, Chromium ${CHROMIUM}`);
  if (RUN_PAGES) await checkPages(server.base);
  report.secondsPages = (Date.now() - t0) / 1000;
  if (RUN_LIGHTHOUSE) await runLighthouse(server.base);
  report.secondsLighthouse = (Date.now() - t0) / 1000 - report.secondsPages;
} finally {
  server.proc.kill('SIGTERM');
}

// ------------------------------------------------------------------ 보고
const byFile = {};
for (const p of report.pages) (byFile[p.file] ||= []).push(p);
console.log('\n페이지                                   요청  제3자  콘솔오류  초(밝은/어두운)');
for (const [file, runs] of Object.entries(byFile)) {
  const r = runs[0];
  console.log(`  ${file.padEnd(38)} ${String(r.requests).padStart(4)}  ${String(Math.max(...runs.map((x) => x.thirdParty.length))).padStart(5)}  ${String(Math.max(...runs.map((x) => x.console.length))).padStart(8)}  ${runs.map((x) => x.seconds.toFixed(1)).join('/')}`);
}
console.log(`\n제3자 요청 (막음): ${report.thirdParty.length}개${report.thirdParty.length ? '\n  ' + report.thirdParty.join('\n  ') : ''}`);
if (report.placeholders) console.log(`화면 밖 코드 블록 자리: 페이지×모드 ${report.placeholders}번, 모두 그렸을 때 제목·문서 높이가 가장 많이 움직인 값 ${report.maxPlaceholderShift.toFixed(1)}px (허용 ${PLACEHOLDER_TOLERANCE_PX}px)`);
for (const t of report.trimmedCss || []) console.log(`노트북 CSS: ${t.where} 에서 남긴 CSS 와 남기기 전 CSS 의 계산된 스타일(속성 ${t.properties ?? '?'}개)이 다른 요소 ${t.differing ?? '?'}/${t.elements ?? '?'}개 (${t.seconds.toFixed(1)}초)`);
console.log(`axe-core: serious/critical ${report.axe.serious}, moderate ${report.axe.moderate}, minor ${report.axe.minor} (페이지×모드 ${report.pages.length}번 + 검색 열림)`);
if (RUN_LIGHTHOUSE) {
  console.log(`\nLighthouse 12.2.3 (모바일), 점수는 중앙값   성능  접근성  권장사항  SEO`);
  for (const l of report.lighthouse) {
    const s = l.scores;
    console.log(`  ${l.file.padEnd(36)} ${String(s.performance).padStart(4)}  ${String(s.accessibility).padStart(6)}  ${String(s['best-practices']).padStart(8)}  ${String(s.seo).padStart(4)}` +
      `   (요청 ${l.requests}, 제3자 ${l.thirdParty.length}; 성능 ${l.performanceRuns.length}번: ${l.performanceRuns.join(', ')} → 중앙값 ${l.scores.performance}; benchmarkIndex ${l.benchmarkIndexes.join(', ')})`);
    console.log(`      ${l.metrics.join(' · ')}`);
    if (l.failing.length) console.log(`      0.9 미만 항목: ${l.failing.join(', ')}`);
  }
}
for (const [key, m] of minorAxe) notes.push(`${key}: ${m.pages.size}쪽 (예: ${m.example})`);
if (notes.length) console.log(`\n참고 (실패 아님):\n  ${notes.join('\n  ')}`);
if (JSON_OUT) writeFileSync(resolve(JSON_OUT), JSON.stringify({ ...report, problems, notes }, null, 2));
console.log(`\n${((Date.now() - t0) / 1000).toFixed(0)}초 (페이지 ${report.secondsPages.toFixed(0)}초, Lighthouse ${(report.secondsLighthouse || 0).toFixed(0)}초)`);
if (problems.length) {
  console.log(`\n실패 ${problems.length}건:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log('브라우저 검사 통과');
