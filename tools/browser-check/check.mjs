// Loads each HTML file in headless Chromium (the system's, no browser download), takes a screenshot beside it
// (NAME.screenshot.png) and exits 1 on any console error, uncaught exception or request other than the page itself
// and data: URLs. A report must be self-contained and silent.
import { chromium } from 'playwright-core';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: browser-check FILE.html...');
  process.exit(2);
}
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run',
    '--disable-component-update', '--disable-sync', '--disable-quic'],
});
let failures = 0;
try {
  for (const file of files) {
    const url = pathToFileURL(resolve(file)).href;
    const problems = [];
    const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`uncaught exception: ${error.message}`));
    page.on('request', (request) => {
      const target = request.url();
      if (target !== url && !target.startsWith('data:')) problems.push(`network request: ${target}`);
    });
    await page.goto(url, { waitUntil: 'load' });
    const screenshot = file.replace(/\.html?$/, '') + '.screenshot.png';
    await page.screenshot({ path: screenshot, fullPage: false });
    await page.close();
    if (problems.length > 0) {
      failures++;
      for (const problem of problems) console.error(`browser-check: ${file}: ${problem}`);
    } else {
      console.log(`browser-check: ${file}: no console error, no request (screenshot ${screenshot})`);
    }
  }
} finally {
  await browser.close();
}
process.exit(failures === 0 ? 0 : 1);
