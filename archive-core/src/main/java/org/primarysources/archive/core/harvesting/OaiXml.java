package org.primarysources.archive.core.harvesting;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * An OAI-PMH response as it is written: the envelope (response date, the request, then one verb's answer or the
 * errors), headers, records and their {@code oai_dc} metadata. Written into memory first, so that a failure while
 * reading never leaves half a response behind; characters XML 1.0 cannot carry are written as U+FFFD.
 */
final class OaiXml {

    static final String OAI_NAMESPACE = "http://www.openarchives.org/OAI/2.0/";
    static final String OAI_SCHEMA = "http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd";
    static final String OAI_DC_NAMESPACE = "http://www.openarchives.org/OAI/2.0/oai_dc/";
    static final String OAI_DC_SCHEMA = "http://www.openarchives.org/OAI/2.0/oai_dc.xsd";
    static final String DC_NAMESPACE = "http://purl.org/dc/elements/1.1/";
    private static final String XSI_NAMESPACE = "http://www.w3.org/2001/XMLSchema-instance";
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final XMLStreamWriter xml;

    /** A response begun: the envelope and its response date are written. */
    OaiXml(Instant responseDate) {
        try {
            xml = FACTORY.createXMLStreamWriter(bytes, StandardCharsets.UTF_8.name());
            xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
            xml.writeStartElement("", "OAI-PMH", OAI_NAMESPACE);
            xml.writeDefaultNamespace(OAI_NAMESPACE);
            xml.writeNamespace("xsi", XSI_NAMESPACE);
            xml.writeAttribute(XSI_NAMESPACE, "schemaLocation", OAI_NAMESPACE + " " + OAI_SCHEMA);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        element("responseDate", Datestamps.format(responseDate));
    }

    /** The request element: the base URL, and the verb and arguments unless the request broke the protocol. */
    OaiXml request(String baseUrl, String verb, Map<String, String> arguments) {
        return write(() -> {
            xml.writeStartElement("request");
            if (verb != null) {
                xml.writeAttribute("verb", verb);
                for (Map.Entry<String, String> argument : arguments.entrySet()) {
                    xml.writeAttribute(argument.getKey(), clean(argument.getValue()));
                }
            }
            xml.writeCharacters(baseUrl);
            xml.writeEndElement();
        });
    }

    OaiXml error(OaiError error, String message) {
        return write(() -> {
            xml.writeStartElement("error");
            xml.writeAttribute("code", error.code());
            xml.writeCharacters(clean(message));
            xml.writeEndElement();
        });
    }

    OaiXml start(String name) {
        return write(() -> xml.writeStartElement(name));
    }

    OaiXml end() {
        return write(xml::writeEndElement);
    }

    OaiXml element(String name, String text) {
        return write(() -> {
            xml.writeStartElement(name);
            xml.writeCharacters(clean(text));
            xml.writeEndElement();
        });
    }

    /** An item's header; {@code deleted} adds the status a harvester reads as "withdrawn". */
    OaiXml header(String identifier, Instant datestamp, boolean deleted, List<String> setSpecs) {
        write(() -> {
            xml.writeStartElement("header");
            if (deleted) {
                xml.writeAttribute("status", "deleted");
            }
        });
        element("identifier", identifier);
        element("datestamp", Datestamps.format(datestamp));
        setSpecs.forEach(spec -> element("setSpec", spec));
        return end();
    }

    /** An {@code oai_dc:dc} element holding these Dublin Core elements, inside {@code metadata}. */
    OaiXml dublinCore(List<DublinCore.Element> elements) {
        return write(() -> {
            xml.writeStartElement("metadata");
            xml.writeStartElement("oai_dc", "dc", OAI_DC_NAMESPACE);
            xml.writeNamespace("oai_dc", OAI_DC_NAMESPACE);
            xml.writeNamespace("dc", DC_NAMESPACE);
            xml.writeNamespace("xsi", XSI_NAMESPACE);
            xml.writeAttribute(XSI_NAMESPACE, "schemaLocation", OAI_DC_NAMESPACE + " " + OAI_DC_SCHEMA);
            for (DublinCore.Element element : elements) {
                xml.writeStartElement("dc", element.name(), DC_NAMESPACE);
                xml.writeCharacters(clean(element.value()));
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndElement();
        });
    }

    /** A resumption token; null writes the empty one that ends a list that was resumed. */
    OaiXml resumptionToken(String token) {
        return write(() -> {
            if (token == null) {
                xml.writeEmptyElement("resumptionToken");
            } else {
                xml.writeStartElement("resumptionToken");
                xml.writeCharacters(token);
                xml.writeEndElement();
            }
        });
    }

    /** Ends the envelope: the response as UTF-8. */
    byte[] finish() {
        write(() -> {
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        });
        return bytes.toByteArray();
    }

    /** The text with every character XML 1.0 cannot carry (controls, lone surrogates, U+FFFE/F) as U+FFFD. */
    static String clean(String text) {
        StringBuilder clean = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            boolean allowed = pair || c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c <= 0xD7FF
                    || c >= 0xE000 && c <= 0xFFFD;
            if (!allowed && clean == null) {
                clean = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (clean != null) {
                clean.append(allowed ? c : '\uFFFD');
                if (pair) {
                    clean.append(text.charAt(i + 1));
                }
            }
            if (pair) {
                i++;
            }
        }
        return clean == null ? text : clean.toString();
    }

    private OaiXml write(XmlStep step) {
        try {
            step.run();
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing an OAI-PMH response failed", e);
        }
    }

    @FunctionalInterface
    private interface XmlStep {
        void run() throws XMLStreamException;
    }
}
