package org.primarysources.archive.core.record;

import jakarta.json.bind.serializer.JsonbSerializer;
import jakarta.json.bind.serializer.SerializationContext;
import jakarta.json.stream.JsonGenerator;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes any kind of {@link RecordContent} in one JSON shape for API clients: every field of {@link RecordJson#fields}
 * in alphabetical order, absent ones left out, lists always present — so a client reads a clause, a quote and an
 * entity with one set of field names.
 */
public class RecordContentSerializer implements JsonbSerializer<RecordContent> {

    @Override
    public void serialize(RecordContent content, JsonGenerator json, SerializationContext context) {
        Map<String, Object> fields = new TreeMap<>(RecordJson.fields(content));
        fields.put("citations", content.citations().stream().map(RecordContentSerializer::citation).toList());
        write(fields, json);
    }

    private static Map<String, Object> citation(CitationInput c) {
        Map<String, Object> fields = new TreeMap<>();
        fields.put("exact", c.exact());
        fields.put("label", c.label());
        fields.put("locator", c.locator());
        fields.put("prefix", c.prefix());
        fields.put("sourceVersion", c.sourceVersion());
        fields.put("suffix", c.suffix());
        return fields;
    }

    private static void write(Map<String, Object> fields, JsonGenerator json) {
        json.writeStartObject();
        for (Map.Entry<String, Object> field : fields.entrySet()) {
            if (field.getValue() != null) {
                json.writeKey(field.getKey());
                value(field.getValue(), json);
            }
        }
        json.writeEnd();
    }

    @SuppressWarnings("unchecked")
    private static void value(Object value, JsonGenerator json) {
        if (value instanceof Map<?, ?> map) {
            write(new TreeMap<>((Map<String, Object>) map), json);
        } else if (value instanceof List<?> list) {
            json.writeStartArray();
            list.forEach(item -> value(item, json));
            json.writeEnd();
        } else if (value instanceof Translation translation) {
            Map<String, Object> fields = new TreeMap<>();
            fields.put("language", translation.language());
            fields.put("text", translation.text());
            write(fields, json);
        } else if (value instanceof Long number) {
            json.write(number);
        } else if (value instanceof Integer number) {
            json.write(number);
        } else if (value instanceof Enum<?> constant) {
            json.write(constant.name());
        } else {
            json.write(value.toString());
        }
    }
}
