package org.thingconform.thingmodel;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The differences between two thing models, element by element, in words: which
 * properties, events and services one has and the other lacks, and which differ (and how).
 * Empty when the models are equal.
 */
public final class ThingModelDiff {

    private ThingModelDiff() {
    }

    /** What differs in {@code observed} from {@code expected}; empty when they are equal. */
    public static List<String> differences(ThingModel expected, ThingModel observed) {
        List<String> differences = new ArrayList<>();
        if (!Objects.equals(expected.productKey(), observed.productKey())) {
            differences.add("productKey: expected " + expected.productKey() + ", observed " + observed.productKey());
        }
        compare("property", expected.properties(), observed.properties(), Property::identifier, differences);
        compare("event", expected.events(), observed.events(), Event::identifier, differences);
        compare("service", expected.services(), observed.services(), Service::identifier, differences);
        if (differences.isEmpty() && !expected.equals(observed)) {
            differences.add("the order of elements differs");
        }
        return differences;
    }

    private static <T> void compare(String what, List<T> expected, List<T> observed, Function<T, String> id,
                                    List<String> differences) {
        for (T e : expected) {
            T o = observed.stream().filter(x -> id.apply(x).equals(id.apply(e))).findFirst().orElse(null);
            if (o == null) {
                differences.add(what + " " + id.apply(e) + " is missing");
            } else if (!e.equals(o)) {
                differences.add(what + " " + id.apply(e) + ": expected " + e + ", observed " + o);
            }
        }
        for (T o : observed) {
            if (expected.stream().noneMatch(x -> id.apply(x).equals(id.apply(o)))) {
                differences.add(what + " " + id.apply(o) + " is not in the expected model");
            }
        }
    }
}
