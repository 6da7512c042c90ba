'use strict';
// Renders CSL-JSON items with citeproc-js, the processor inside Zotero and Mendeley.
// usage: node render-csl.js <items.json> <style.csl> <locale.xml>
// prints {"bibliography": [entry per item], "citations": [first-note/in-text cite per item, with its locator]}
const fs = require('fs');
const CSL = require('citeproc');

const [itemsFile, styleFile, localeFile] = process.argv.slice(2);
const items = JSON.parse(fs.readFileSync(itemsFile, 'utf8'));
if (!Array.isArray(items)) {
  throw new Error('CSL-JSON for import must be an array of items');
}
const byId = new Map(items.map(item => [item.id, item]));
const locale = fs.readFileSync(localeFile, 'utf8');
const engine = new CSL.Engine({
  retrieveLocale: lang => (lang === 'en-US' ? locale : false),
  retrieveItem: id => byId.get(id)
}, fs.readFileSync(styleFile, 'utf8'), 'en-US', true);
engine.setOutputFormat('text');

const citations = items.map(item => engine.makeCitationCluster([{id: item.id, locator: item.locator, label: item.label}]));
engine.updateItems([...byId.keys()]);
const [, entries] = engine.makeBibliography();
process.stdout.write(JSON.stringify({bibliography: entries.map(entry => entry.trim()), citations}));
