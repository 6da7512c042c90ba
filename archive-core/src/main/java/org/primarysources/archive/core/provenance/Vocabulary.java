package org.primarysources.archive.core.provenance;

/** The IRIs of the vocabularies a provenance document speaks: PROV-O, RDF Schema, XML Schema datatypes. */
final class Vocabulary {

    static final String PROV = "http://www.w3.org/ns/prov#";
    static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
    static final String XSD = "http://www.w3.org/2001/XMLSchema#";

    static final String TYPE = RDF + "type";
    static final String LABEL = RDFS + "label";
    static final String COMMENT = RDFS + "comment";
    static final String SUB_CLASS_OF = RDFS + "subClassOf";

    static final String STRING = XSD + "string";
    static final String INTEGER = XSD + "integer";
    static final String DATE_TIME = XSD + "dateTime";

    static final String ENTITY = PROV + "Entity";
    static final String ACTIVITY = PROV + "Activity";
    static final String AGENT = PROV + "Agent";
    static final String PERSON = PROV + "Person";
    static final String ROLE = PROV + "Role";
    static final String ASSOCIATION = PROV + "Association";

    static final String SPECIALIZATION_OF = PROV + "specializationOf";
    static final String WAS_DERIVED_FROM = PROV + "wasDerivedFrom";
    static final String WAS_REVISION_OF = PROV + "wasRevisionOf";
    static final String WAS_QUOTED_FROM = PROV + "wasQuotedFrom";
    static final String WAS_GENERATED_BY = PROV + "wasGeneratedBy";
    static final String GENERATED_AT_TIME = PROV + "generatedAtTime";
    static final String WAS_INVALIDATED_BY = PROV + "wasInvalidatedBy";
    static final String INVALIDATED_AT_TIME = PROV + "invalidatedAtTime";
    static final String USED = PROV + "used";
    static final String WAS_INFORMED_BY = PROV + "wasInformedBy";
    static final String STARTED_AT_TIME = PROV + "startedAtTime";
    static final String ENDED_AT_TIME = PROV + "endedAtTime";
    static final String WAS_ASSOCIATED_WITH = PROV + "wasAssociatedWith";
    static final String QUALIFIED_ASSOCIATION = PROV + "qualifiedAssociation";
    static final String AGENT_PROPERTY = PROV + "agent";
    static final String HAD_ROLE = PROV + "hadRole";

    private Vocabulary() {
    }
}
