"""Reads one provenance document, as Turtle and as JSON-LD, with python-prov (the W3C PROV data model in Python),
writes it as PROV-N and reports how many PROV records of each kind it holds, as JSON on stdout, for
ProvenanceDocumentsIT to assert.

usage: /usr/bin/python3 prov_check.py DOCUMENT.ttl DOCUMENT.jsonld
Exits 1 when the two readings differ, 2 when python-prov or rdflib (Debian python3-prov, python3-rdflib) is missing.
"""
import collections
import json
import sys

try:
    import rdflib
    from rdflib.namespace import RDF
    from prov.constants import PROV_N_MAP
    from prov.model import ProvDocument
except ImportError as missing:
    print(f"python-prov is missing ({missing}): apt-get install python3-prov python3-rdflib", file=sys.stderr)
    sys.exit(2)

PROV = rdflib.Namespace("http://www.w3.org/ns/prov#")


def read(path, rdf_format):
    graph = rdflib.Graph().parse(path, format=rdf_format)
    # python-prov 2.0 reads PROV-O instance data only: a resource typed with a PROV-O class that is not a PROV-DM
    # record, such as our roles typed prov:Role, makes its reader fail with a KeyError. The roles' typing is
    # checked by rdf_check.py; here it is left out.
    graph.remove((None, RDF.type, PROV.Role))
    return ProvDocument.deserialize(content=graph.serialize(format="nt"), format="rdf", rdf_format="nt")


def census(document):
    # Counted from the records, not from the PROV-N lines, because a literal may span lines. (python-prov may pair
    # an activity's qualified associations with the wrong agent, so agents are not checked per association here;
    # rdf_check.py checks them.)
    counts = collections.Counter(PROV_N_MAP[record.get_type()] for record in document.get_records())
    return dict(sorted(counts.items()))


def main(turtle_path, jsonld_path):
    from_turtle = read(turtle_path, "turtle")
    from_jsonld = read(jsonld_path, "json-ld")
    provn = from_turtle.get_provn()
    if census(from_turtle) != census(from_jsonld):
        print("Turtle and JSON-LD give different PROV documents:", census(from_turtle), census(from_jsonld),
              file=sys.stderr)
        return 1
    json.dump({"records": census(from_turtle), "provn": provn}, sys.stdout, indent=2)
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    sys.exit(main(*sys.argv[1:]))
