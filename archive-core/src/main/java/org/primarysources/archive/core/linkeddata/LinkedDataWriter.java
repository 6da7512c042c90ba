package org.primarysources.archive.core.linkeddata;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import org.primarysources.archive.core.rdf.RdfMediaTypes;
import org.primarysources.archive.core.record.RecordDetails;
import org.primarysources.archive.core.source.SourceDetails;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;

/**
 * Content negotiation for {@code /api/records/{id}}, {@code /api/sources/{id}} and their versions: when the client
 * asks for {@value RdfMediaTypes#JSON_LD} or {@value RdfMediaTypes#TURTLE}, the record or source the resource
 * answers is written as its {@link Descriptions description}; JSON stays what JSON-B writes.
 */
@Provider
@Produces({RdfMediaTypes.JSON_LD, RdfMediaTypes.TURTLE})
@ApplicationScoped
public class LinkedDataWriter implements MessageBodyWriter<Object> {

    private static final MediaType JSON_LD = MediaType.valueOf(RdfMediaTypes.JSON_LD);
    private static final MediaType TURTLE = MediaType.valueOf(RdfMediaTypes.TURTLE);

    private final Descriptions descriptions;

    @Inject
    public LinkedDataWriter(Descriptions descriptions) {
        this.descriptions = descriptions;
    }

    /** Only for the CDI client proxy. */
    protected LinkedDataWriter() {
        this.descriptions = null;
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return (RecordDetails.class.equals(type) || SourceDetails.class.equals(type))
                && (isJsonLd(mediaType) || isTurtle(mediaType));
    }

    @Override
    public void writeTo(Object item, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> headers, OutputStream body) throws IOException {
        headers.putSingle("Content-Type", (isTurtle(mediaType) ? RdfMediaTypes.TURTLE : RdfMediaTypes.JSON_LD)
                + ";charset=UTF-8");
        body.write(document(item, isTurtle(mediaType)).getBytes(StandardCharsets.UTF_8));
    }

    /** The description of a record or source in Turtle or JSON-LD. */
    String document(Object item, boolean turtle) {
        if (item instanceof RecordDetails record) {
            return turtle ? descriptions.turtle(record) : descriptions.jsonLd(record);
        }
        SourceDetails source = (SourceDetails) item;
        return turtle ? descriptions.turtle(source) : descriptions.jsonLd(source);
    }

    private static boolean isJsonLd(MediaType mediaType) {
        return JSON_LD.isCompatible(mediaType) && !mediaType.isWildcardType() && !mediaType.isWildcardSubtype();
    }

    private static boolean isTurtle(MediaType mediaType) {
        return TURTLE.isCompatible(mediaType) && !mediaType.isWildcardType() && !mediaType.isWildcardSubtype();
    }
}
