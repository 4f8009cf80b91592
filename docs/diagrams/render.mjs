// Renders every model in processes/ to docs/diagrams/<name>.png with bpmn-js in Debian's
// Chromium. Run from this folder: npm install && node render.mjs
import { chromium } from 'playwright-core';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, basename } from 'node:path';

const root = new URL('../../processes/', import.meta.url).pathname;
const viewer = readFileSync(new URL('./node_modules/bpmn-js/dist/bpmn-viewer.production.min.js', import.meta.url), 'utf8');
const css = ['diagram-js.css', 'bpmn-js.css', 'bpmn-font/css/bpmn.css']
  .map(file => readFileSync(new URL('./node_modules/bpmn-js/dist/assets/' + file, import.meta.url), 'utf8')).join('\n');

function models(dir) {
  return readdirSync(dir).flatMap(name => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? models(path) : name.endsWith('.bpmn') ? [path] : [];
  });
}

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'] });
const page = await browser.newPage({ viewport: { width: 2400, height: 1400 }, deviceScaleFactor: 1 });
for (const file of models(root)) {
  await page.setContent(`<html><head><style>${css} body{margin:0;background:#fff} #canvas{width:2400px;height:1400px}</style></head>
    <body><div id="canvas"></div><script>${viewer}</script></body></html>`);
  await page.evaluate(async xml => {
    const viewer = new BpmnJS({ container: '#canvas' });
    await viewer.importXML(xml);
    const canvas = viewer.get('canvas');
    canvas.zoom(1);
    const box = canvas.viewbox().inner;
    // Size the page to the diagram at its natural scale, then fit it with a margin.
    const container = document.getElementById('canvas');
    container.style.width = Math.ceil(box.width + 60) + 'px';
    container.style.height = Math.ceil(box.height + 60) + 'px';
    canvas.resized();
    canvas.zoom('fit-viewport', 'auto');
  }, readFileSync(file, 'utf8'));
  const out = new URL('./' + basename(file, '.bpmn') + '.png', import.meta.url).pathname;
  await page.locator('#canvas').screenshot({ path: out });
  console.log('rendered', out);
}
await browser.close();
