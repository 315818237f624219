// 페이지를 여는 메인 스레드 작업을 잽니다 (make bench-pages). 타이밍 테스트가 아니라 비율을 출력하는 벤치마크입니다.
//
//     node tests/browser/bench_pages.mjs [--site site] [--page guide/04-training-mask/index.html] [--rounds 7] [--baseline 다른/site]
//
// 만든 사이트를 tests/browser/serve.py 로 내보내고, 헤드리스 Chromium 에서 Lighthouse 모바일과 같은 화면(412×823, 1.75배)과
// CPU 4배 느리게(Emulation.setCPUThrottlingRate)로 페이지를 엽니다. 두 가지를 번갈아 --rounds 번씩 엽니다:
//   - 만든 그대로
//   - 화면 밖 코드 블록도 처음부터 그리는 페이지 (content-visibility: auto 를 끈 것과 같음),
//     --baseline 을 주면 대신 그 사이트(예: main 브랜치로 만든 site/)의 같은 페이지 (고치기 전후 비교)
// 열 때마다 load 뒤 2.5초까지의 성능 추적(trace)에서 페이지 렌더러 메인 스레드의 작업(RunTask)을 모아
//   작업 합계 · 가장 긴 작업 · 차단 시간(50 ms 를 넘는 부분의 합, FCP 뒤) · FCP
// 를 재고, 중앙값과 비율(만든 그대로 ÷ 끈 것)을 출력합니다. 이 2코어 가상 머신은 실행마다 ±30 % 흔들리므로 번갈아 재고
// 중앙값을 씁니다. 다른 일이 돌고 있으면 숫자가 커지니 조용할 때 재세요.
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { opt, sitePrefix, startServer, CHROME_FLAGS, CHROMIUM, DRAW_ALL_CODE_CSS, FIX, HERE, ROOT } from './common.mjs';

const require = createRequire(join(HERE, 'package.json'));
let chromium;
try {
  ({ chromium } = require('playwright-core'));
} catch {
  console.error(`playwright-core 가 없습니다. 고치는 방법: ${FIX}`);
  process.exit(2);
}

const SITE = resolve(ROOT, opt('--site', 'site'));
const PAGE = opt('--page', 'guide/04-training-mask/index.html');
const ROUNDS = Number(opt('--rounds', '7'));
const BASELINE = opt('--baseline', null) && resolve(opt('--baseline'));
if (!existsSync(join(SITE, PAGE))) {
  console.error(`${join(SITE, PAGE)} 가 없습니다. 먼저 make build 를 하세요.`);
  process.exit(2);
}

if (BASELINE && !existsSync(join(BASELINE, PAGE))) {
  console.error(`${join(BASELINE, PAGE)} 가 없습니다.`);
  process.exit(2);
}
const prefix = sitePrefix(SITE);
const server = await startServer(SITE, prefix);
const other = BASELINE ? await startServer(BASELINE, sitePrefix(BASELINE)) : server;
const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROME_FLAGS });
const urlOf = (variant) => (variant === 'off' ? other : server).base + PAGE.replace(/index\.html$/, '');

async function once(variant) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
  // 끈 쪽은 사이트의 extra.css 끝에 규칙 하나를 덧붙여 내보냅니다. 가로채기가 CSS 를 늦추는 만큼 두 쪽이 같도록
  // 만든 그대로도 같은 길로 (덧붙이지 않고) 내보냅니다.
  await context.route('**/stylesheets/extra.css', async (route) => {
    const resp = await route.fetch();
    await route.fulfill({ response: resp, body: (await resp.text()) + (variant === 'off' && !BASELINE ? `\n${DRAW_ALL_CODE_CSS}\n` : '') });
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  const done = new Promise((ok) => cdp.on('Tracing.tracingComplete', ok));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,loading,blink.user_timing', transferMode: 'ReportEvents' });
  const url = urlOf(variant);
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(2500);
  await cdp.send('Tracing.end');
  await done;
  await context.close();
  // 이 페이지를 읽은(ParseHTML) 렌더러의 메인 스레드만 봅니다.
  const main = new Set(events.filter((e) => e.name === 'ParseHTML' && (e.args?.beginData?.url || '').startsWith(url)).map((e) => `${e.pid}:${e.tid}`));
  const onMain = (e) => main.has(`${e.pid}:${e.tid}`);
  const tasks = events.filter((e) => e.name === 'RunTask' && e.ph === 'X' && onMain(e)).map((e) => ({ ts: e.ts, ms: e.dur / 1000 }));
  const nav = events.find((e) => e.name === 'navigationStart' && onMain(e));
  const fcp = events.find((e) => e.name === 'firstContentfulPaint' && onMain(e));
  return {
    total: tasks.reduce((a, t) => a + t.ms, 0),
    longest: Math.max(...tasks.map((t) => t.ms)),
    blocking: tasks.filter((t) => fcp && t.ts > fcp.ts).reduce((a, t) => a + Math.max(0, t.ms - 50), 0),
    fcp: fcp && nav ? (fcp.ts - nav.ts) / 1000 : NaN,
  };
}

const runs = { built: [], off: [] };
try {
  for (let r = 0; r < ROUNDS; r++) {
    for (const v of r % 2 ? ['off', 'built'] : ['built', 'off']) runs[v].push(await once(v));
    process.stderr.write(`${r + 1}/${ROUNDS} `);
  }
} finally {
  await browser.close();
  server.proc.kill();
  if (other !== server) other.proc.kill();
}
process.stderr.write('\n');

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2; };
const KEYS = [['total', '메인 스레드 작업 합계'], ['longest', '가장 긴 작업'], ['blocking', '차단 시간 (FCP 뒤)'], ['fcp', 'FCP']];
console.log(`${PAGE} — CPU 4배 느리게, 모바일 화면, ${ROUNDS}번씩 번갈아 연 중앙값 (ms)`);
if (BASELINE) console.log(`기준 사이트: ${BASELINE}`);
console.log(`${''.padEnd(24)}${'만든 그대로'.padStart(10)}${(BASELINE ? '기준 사이트' : '코드 블록 다 그림').padStart(14)}${'비율'.padStart(8)}`);
for (const [k, label] of KEYS) {
  const a = median(runs.built.map((x) => x[k]));
  const b = median(runs.off.map((x) => x[k]));
  console.log(`${label.padEnd(24)}${a.toFixed(0).padStart(10)}${b.toFixed(0).padStart(14)}${(b ? a / b : NaN).toFixed(2).padStart(10)}`);
}
