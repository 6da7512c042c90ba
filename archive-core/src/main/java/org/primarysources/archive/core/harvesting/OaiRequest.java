package org.primarysources.archive.core.harvesting;

import org.primarysources.archive.core.harvesting.OaiError.OaiException;

import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A harvester's request, checked against the protocol's rules for its verb: exactly one known verb, only the
 * verb's arguments and each once, every required one present and not empty, a resumption token alone. A request
 * that breaks a rule is a {@code badVerb} or {@code badArgument}.
 */
record OaiRequest(Verb verb, Map<String, String> arguments) {

    static final String VERB = "verb";

    /** The request from its parameters (query string and form body alike), or the rule it breaks. */
    static OaiRequest parse(Map<String, String[]> parameters) {
        String[] verbs = parameters.getOrDefault(VERB, new String[0]);
        if (verbs.length == 0) {
            throw OaiError.BAD_VERB.because("the request has no verb");
        }
        if (verbs.length > 1) {
            throw OaiError.BAD_VERB.because("the verb is repeated");
        }
        Verb verb = Arrays.stream(Verb.values()).filter(v -> v.protocolName().equals(verbs[0])).findFirst()
                .orElseThrow(() -> OaiError.BAD_VERB.because("'" + verbs[0] + "' is not an OAI-PMH verb; use one of "
                        + Arrays.stream(Verb.values()).map(Verb::protocolName).collect(Collectors.joining(", "))));
        Map<String, String> arguments = new TreeMap<>();
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            String name = parameter.getKey();
            if (VERB.equals(name)) {
                continue;
            }
            if (!verb.allows(name)) {
                throw OaiError.BAD_ARGUMENT.because(verb.protocolName() + " takes no argument '" + name + "'");
            }
            if (parameter.getValue().length != 1) {
                throw OaiError.BAD_ARGUMENT.because("the argument '" + name + "' is repeated");
            }
            if (parameter.getValue()[0].isEmpty()) {
                throw OaiError.BAD_ARGUMENT.because("the argument '" + name + "' is empty");
            }
            arguments.put(name, parameter.getValue()[0]);
        }
        if (arguments.containsKey(Verb.RESUMPTION_TOKEN)) {
            if (arguments.size() > 1) {
                throw OaiError.BAD_ARGUMENT.because("resumptionToken is an exclusive argument: send it alone");
            }
        } else {
            for (String required : verb.required()) {
                if (!arguments.containsKey(required)) {
                    throw OaiError.BAD_ARGUMENT.because(verb.protocolName() + " needs the argument '" + required
                            + "'");
                }
            }
        }
        return new OaiRequest(verb, Collections.unmodifiableMap(arguments));
    }

    Optional<String> argument(String name) {
        return Optional.ofNullable(arguments.get(name));
    }

    /** Whether this failure is one of a request that breaks the protocol's rules: its response echoes no argument. */
    static boolean echoesNothing(OaiException failure) {
        return failure.error() == OaiError.BAD_VERB || failure.error() == OaiError.BAD_ARGUMENT;
    }
}
