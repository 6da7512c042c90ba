"""Reads linked-data documents with rdflib and reports, as JSON on stdout, what they say, for CitablePagesIT.

usage: /usr/bin/python3 rdf_graphs.py FORMAT:FILE [FORMAT:FILE ...]   (FORMAT: json-ld or turtle)
Reports, per document, its number of triples, each subject's schema:name, the schema:isPartOf and
prov:specializationOf pairs and the rdf:type pairs; and whether every document is the same graph as the first.
Exits 2 when rdflib (Debian python3-rdflib, version 6 or later) is missing.
"""
import json
import sys

try:
    import rdflib
    from rdflib.compare import isomorphic
    from rdflib.namespace import RDF
except ImportError as missing:
    print(f"rdflib is missing ({missing}): apt-get install python3-rdflib", file=sys.stderr)
    sys.exit(2)

SCHEMA = rdflib.Namespace("https://schema.org/")
PROV = rdflib.Namespace("http://www.w3.org/ns/prov#")


def pairs(graph, predicate):
    return sorted([str(s), str(o)] for s, o in graph.subject_objects(predicate))


def main(documents):
    graphs = []
    for document in documents:
        form, path = document.split(":", 1)
        graphs.append(rdflib.Graph().parse(path, format=form))
    report = {
        "sameGraph": all(isomorphic(graphs[0], other) for other in graphs[1:]),
        "documents": [{
            "triples": len(graph),
            "names": {str(s): str(o) for s, o in graph.subject_objects(SCHEMA.name)},
            "isPartOf": pairs(graph, SCHEMA.isPartOf),
            "specializationOf": pairs(graph, PROV.specializationOf),
            "types": pairs(graph, RDF.type),
        } for graph in graphs],
    }
    json.dump(report, sys.stdout, indent=2)  # ASCII-escaped, so the console's encoding cannot garble it
    return 0


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1:]))
