"""Reads one provenance document as JSON-LD and as Turtle with rdflib, proves both are the same RDF graph and
reports what the graph says, as JSON on stdout, for ProvenanceDocumentsIT to assert.

usage: /usr/bin/python3 rdf_check.py DOCUMENT.jsonld DOCUMENT.ttl
Exits 1 when the two graphs differ, 2 when rdflib (Debian python3-rdflib, version 6 or later) is missing.
"""
import json
import sys

try:
    import rdflib
    from rdflib.compare import graph_diff, isomorphic, to_isomorphic
    from rdflib.namespace import RDF, RDFS
except ImportError as missing:
    print(f"rdflib is missing ({missing}): apt-get install python3-rdflib", file=sys.stderr)
    sys.exit(2)

PROV = rdflib.Namespace("http://www.w3.org/ns/prov#")


def pairs(graph, predicate):
    return sorted([str(s), str(o)] for s, o in graph.subject_objects(predicate))


def main(jsonld_path, turtle_path):
    from_jsonld = rdflib.Graph().parse(jsonld_path, format="json-ld")
    from_turtle = rdflib.Graph().parse(turtle_path, format="turtle")
    if not isomorphic(from_jsonld, from_turtle):
        _, only_jsonld, only_turtle = graph_diff(to_isomorphic(from_jsonld), to_isomorphic(from_turtle))
        for triple in sorted(only_jsonld):
            print("only in JSON-LD:", *(t.n3() for t in triple), file=sys.stderr)
        for triple in sorted(only_turtle):
            print("only in Turtle: ", *(t.n3() for t in triple), file=sys.stderr)
        return 1
    report = {
        "triples": len(from_turtle),
        "wasRevisionOf": pairs(from_turtle, PROV.wasRevisionOf),
        "wasQuotedFrom": pairs(from_turtle, PROV.wasQuotedFrom),
        "used": pairs(from_turtle, PROV.used),
        "hadRole": pairs(from_turtle, PROV.hadRole),
        "associationAgents": pairs(from_turtle, PROV.agent),
        "activities": sorted(str(s) for s in from_turtle.subjects(RDF.type, PROV.Activity)),
        "labels": sorted(str(o) for o in from_turtle.objects(None, RDFS.label)),
        "comments": sorted(str(o) for o in from_turtle.objects(None, RDFS.comment)),
    }
    json.dump(report, sys.stdout, indent=2)  # ASCII-escaped, so the console's encoding cannot garble it
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    sys.exit(main(*sys.argv[1:]))
