package org.thingconform.thingmodel;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Set;
import org.thingconform.source.LocatedDocument;
import org.thingconform.source.UnknownKeys;

/**
 * The JSON-LD terms a WoT Thing Model uses here: the TD 1.1 context, {@code tm:} terms, and
 * ThingConform's own {@code tc:} vocabulary, which carries what TSL has and WoT lacks, so a
 * Thing Model can hold a whole thing model and the round trip loses nothing:
 *
 * <ul>
 *   <li>{@code tc:productKey} (Thing) — the product key;</li>
 *   <li>{@code tc:required} (property, action) — TSL {@code required}, default false;</li>
 *   <li>{@code tc:eventType} (event) — {@code info}, {@code alert} or {@code error}, default info;</li>
 *   <li>{@code tc:dataType} (data schema) — the TSL kind where the WoT type leaves a choice:
 *       {@code float}/{@code double} for number, {@code date}/{@code text} for string,
 *       {@code enum}/{@code int} for integer;</li>
 *   <li>{@code tc:boolLabels} (boolean schema) — {@code {"0": "off", "1": "on"}};</li>
 *   <li>{@code tc:enumLabels} (integer schema with {@code enum}) — value → label.</li>
 * </ul>
 *
 * Every other {@code tc:} term is an error (a typo would otherwise be lost silently); terms of
 * other vocabularies are left alone.
 */
public final class WotVocabulary {

    /** The WoT Thing Description 1.1 context, first in every Thing Model's {@code @context}. */
    public static final String TD_CONTEXT = "https://www.w3.org/2022/wot/td/v1.1";
    /** The prefix of ThingConform's terms. */
    public static final String TC_PREFIX = "tc";
    /** The IRI the {@code tc} prefix stands for. */
    public static final String TC_NAMESPACE = "https://thingconform.org/vocab/thing-model#";
    /** The {@code @type} that marks a Thing Model (assertion tm-identification). */
    public static final String THING_MODEL = "tm:ThingModel";
    /** The link relation of a Thing Model that extends another (assertion tm-extend). */
    public static final String EXTENDS = "tm:extends";

    public static final String PRODUCT_KEY = "tc:productKey";
    public static final String REQUIRED = "tc:required";
    public static final String EVENT_TYPE = "tc:eventType";
    public static final String DATA_TYPE = "tc:dataType";
    public static final String BOOL_LABELS = "tc:boolLabels";
    public static final String ENUM_LABELS = "tc:enumLabels";

    static final Set<String> THING_TERMS = Set.of(PRODUCT_KEY);
    static final Set<String> SCHEMA_TERMS = Set.of(DATA_TYPE, BOOL_LABELS, ENUM_LABELS);
    static final Set<String> PROPERTY_TERMS = Set.of(REQUIRED, DATA_TYPE, BOOL_LABELS, ENUM_LABELS);
    static final Set<String> ACTION_TERMS = Set.of(REQUIRED);
    static final Set<String> EVENT_TERMS = Set.of(EVENT_TYPE);

    private WotVocabulary() {
    }

    /** Rejects a {@code tc:} term of {@code node} that does not belong where it is. */
    static void checkTerms(LocatedDocument document, JsonNode node, String at, String what, Set<String> allowed) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (name.startsWith(TC_PREFIX + ":") && !allowed.contains(name)) {
                throw UnknownKeys.unknown(document, NodeReader.child(at, name), name, what, allowed);
            }
        }
    }
}
