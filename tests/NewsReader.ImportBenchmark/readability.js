// Mozilla Readability over the same saved pages, for comparison: node readability.js FOLDER
const fs = require('fs');
const path = require('path');
const { JSDOM } = require('jsdom');
const { Readability } = require('@mozilla/readability');
const folder = process.argv[2];
const files = fs.readdirSync(folder).filter(f => f.endsWith('.html')).sort().map(f => path.join(folder, f));
const pages = files.map(f => fs.readFileSync(f, 'utf8'));
// Five passes over the pages, the first warming the JIT up; the best of the other four is the rate (as the .NET side).
let best = Infinity;
let length = 0;
for (let pass = 0; pass < 5; pass++) {
  const start = process.hrtime.bigint();
  length = 0;
  for (const html of pages) {
    const article = new Readability(new JSDOM(html, { url: 'https://example.com/' }).window.document).parse();
    length += article ? article.textContent.length : 0;
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (pass > 0) best = Math.min(best, seconds);
}
console.log(`Mozilla Readability + jsdom: ${pages.length} pages in ${best.toFixed(2)} s = ${(pages.length / best).toFixed(0)} pages/s, the best of 4 passes after one to warm up (${length} characters)`);
