"""Parses a BibTeX file with bibtexparser 1.x (Debian python3-bibtexparser); prints its entries as JSON.

Fields are printed as parsed, LaTeX and protective braces included: that is what a reader of the file gets.
"""
import json
import sys

import bibtexparser
from bibtexparser.bparser import BibTexParser

with open(sys.argv[1], encoding="utf-8") as bib:
    database = bibtexparser.load(bib, parser=BibTexParser(common_strings=True))
json.dump(database.entries, sys.stdout, ensure_ascii=False)
