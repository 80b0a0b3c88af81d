// Mozilla Readability over the same saved pages, for comparison: node readability.js FOLDER
const fs = require('fs');
const path = require('path');
const { JSDOM } = require('jsdom');
const { Readability } = require('@mozilla/readability');
const folder = process.argv[2];
const files = fs.readdirSync(folder).filter(f => f.endsWith('.html')).sort().map(f => path.join(folder, f));
const pages = files.map(f => fs.readFileSync(f, 'utf8'));
for (const html of pages.slice(0, 20)) new Readability(new JSDOM(html).window.document).parse();
const start = process.hrtime.bigint();
let length = 0;
for (const html of pages) {
  const article = new Readability(new JSDOM(html, { url: 'https://example.com/' }).window.document).parse();
  length += article ? article.textContent.length : 0;
}
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
console.log(`Mozilla Readability + jsdom: ${pages.length} pages in ${seconds.toFixed(2)} s = ${(pages.length / seconds).toFixed(0)} pages/s (${length} characters)`);
