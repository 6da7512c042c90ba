package org.primarysources.archive.core.rdf;

/**
 * The IRIs of the vocabularies the archive's linked-data documents speak: PROV-O, schema.org, Dublin Core terms,
 * RDF Schema, XML Schema datatypes.
 */
public final class Vocabulary {

    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
    public static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    public static final String SCHEMA = "https://schema.org/";
    public static final String DCTERMS = "http://purl.org/dc/terms/";

    public static final String TYPE = RDF + "type";
    public static final String LABEL = RDFS + "label";
    public static final String COMMENT = RDFS + "comment";
    public static final String SUB_CLASS_OF = RDFS + "subClassOf";

    public static final String STRING = XSD + "string";
    public static final String INTEGER = XSD + "integer";
    public static final String DATE_TIME = XSD + "dateTime";
    public static final String DATE = XSD + "date";
    public static final String YEAR_MONTH = XSD + "gYearMonth";
    public static final String YEAR = XSD + "gYear";

    public static final String ENTITY = PROV + "Entity";
    public static final String ACTIVITY = PROV + "Activity";
    public static final String AGENT = PROV + "Agent";
    public static final String PERSON = PROV + "Person";
    public static final String ROLE = PROV + "Role";
    public static final String ASSOCIATION = PROV + "Association";

    public static final String SPECIALIZATION_OF = PROV + "specializationOf";
    public static final String WAS_DERIVED_FROM = PROV + "wasDerivedFrom";
    public static final String WAS_REVISION_OF = PROV + "wasRevisionOf";
    public static final String WAS_QUOTED_FROM = PROV + "wasQuotedFrom";
    public static final String WAS_GENERATED_BY = PROV + "wasGeneratedBy";
    public static final String GENERATED_AT_TIME = PROV + "generatedAtTime";
    public static final String WAS_INVALIDATED_BY = PROV + "wasInvalidatedBy";
    public static final String INVALIDATED_AT_TIME = PROV + "invalidatedAtTime";
    public static final String USED = PROV + "used";
    public static final String WAS_INFORMED_BY = PROV + "wasInformedBy";
    public static final String STARTED_AT_TIME = PROV + "startedAtTime";
    public static final String ENDED_AT_TIME = PROV + "endedAtTime";
    public static final String WAS_ASSOCIATED_WITH = PROV + "wasAssociatedWith";
    public static final String QUALIFIED_ASSOCIATION = PROV + "qualifiedAssociation";
    public static final String AGENT_PROPERTY = PROV + "agent";
    public static final String HAD_ROLE = PROV + "hadRole";

    private Vocabulary() {
    }
}
