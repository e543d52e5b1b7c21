'use strict';
// The real Chrome DevTools frontend (bundled in Debian's chromium, served by
// chromium itself on --remote-debugging-port) against `BIN --inspect-brk=0`,
// driven headless by playwright-core: paused on the first line, the script
// listed under file://, a breakpoint set by clicking a line number, F8, the
// call stack and the scope pane.
const net = require('net');
const fs = require('fs');
const assert = require('assert');
const { chromium } = require('playwright-core');
const { fixture, markerLine, launch, withTimeout, runTest } = require('./lib');

const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const script = fixture('devtools.js');

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

runTest('devtools frontend', async () => {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: run scripts/bootstrap-deps.sh`);
  const run = await launch(['--inspect-brk=127.0.0.1:0'], script);
  const port = await freePort();
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    timeout: 30000,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
           '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
           `--remote-debugging-port=${port}`],
    // Playwright starts chromium with a fresh --user-data-dir of its own.
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    page.setDefaultTimeout(20000);
    await page.goto(`http://127.0.0.1:${port}/devtools/js_app.html?ws=${run.hostPort}/${run.id}`);

    // Paused on the first statement, with the script open under file://.
    await page.getByText('Debugger paused').waitFor();
    const firstFrame = page.locator('.call-frame-item').first();
    await firstFrame.waitFor();
    assert.match(await firstFrame.innerText(), /devtools\.js:8/);
    await page.locator('.navigator-file-tree-item', { hasText: 'devtools.js' }).first().waitFor();
    await page.locator('.navigator-folder-tree-item, .navigator-domain-tree-item', { hasText: 'file://' })
      .first().waitFor();

    // A breakpoint by clicking the line number, then F8.
    const bpLine = markerLine(script, 'bp') + 1;
    await page.locator('.cm-lineNumbers .cm-gutterElement', { hasText: new RegExp(`^${bpLine}$`) }).click();
    await page.locator('.breakpoint-entry, .breakpoint-item', { hasText: 'doubled + 1' }).first().waitFor();
    await page.keyboard.press('F8');
    await withTimeout((async () => {
      for (;;) {
        const text = await firstFrame.innerText().catch(() => '');
        if (/compute/.test(text) && new RegExp(`devtools\\.js:${bpLine}`).test(text)) return;
        await page.waitForTimeout(100);
      }
    })(), 20000, 'the call stack to show compute at the breakpoint');

    // The Scope pane shows the locals of compute().
    // Local variables are the pane's tree items ("name: value").
    const doubled = page.locator('li', { hasText: /^\s*doubled\s*:/ }).first();
    await doubled.waitFor();
    assert.match(await doubled.innerText(), /^doubled\s*:\s*40$/);
    await page.keyboard.press('F8');
    await withTimeout((async () => {
      while (!/value 41/.test(run.stdout)) await new Promise((r) => setTimeout(r, 50));
    })(), 10000, 'the program to finish');
  } finally {
    await browser.close();
    run.child.kill('SIGKILL');
  }
}, 120000);
