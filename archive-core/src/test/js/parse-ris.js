'use strict';
// Reads a RIS file with citation.js (@citation-js/plugin-ris) and prints the CSL-JSON items it understood.
// usage: node parse-ris.js <file.ris>
const fs = require('fs');
const {Cite} = require('@citation-js/core');
require('@citation-js/plugin-ris');

const cite = new Cite(fs.readFileSync(process.argv[2], 'utf8'), {forceType: '@ris/file'});
process.stdout.write(JSON.stringify(cite.data.map(({_graph, ...item}) => item)));
