package org.thingconform.thingmodel;

import java.util.ArrayList;
import java.util.List;
import java.lang.reflect.RecordComponent;
import java.util.Objects;
import java.util.Optional;
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

    /** The differing leaves of two values, walking records, optionals and lists: {@code dataType.max 480 → 481}. */
    private static void fieldDifferences(String path, Object expected, Object observed, List<String> out) {
        if (Objects.equals(expected, observed)) {
            return;
        }
        if (expected instanceof Optional<?> e && observed instanceof Optional<?> o && e.isPresent() && o.isPresent()) {
            fieldDifferences(path, e.get(), o.get(), out);
        } else if (expected instanceof Record && observed != null && expected.getClass() == observed.getClass()) {
            for (RecordComponent component : expected.getClass().getRecordComponents()) {
                try {
                    fieldDifferences(path.isEmpty() ? component.getName() : path + "." + component.getName(),
                            component.getAccessor().invoke(expected), component.getAccessor().invoke(observed), out);
                } catch (ReflectiveOperationException ex) {
                    throw new IllegalStateException(ex);
                }
            }
        } else if (expected instanceof List<?> e && observed instanceof List<?> o && e.size() == o.size()) {
            for (int i = 0; i < e.size(); i++) {
                fieldDifferences(path + "[" + i + "]", e.get(i), o.get(i), out);
            }
        } else {
            out.add(path + " expected " + show(expected) + ", observed " + show(observed));
        }
    }

    private static String show(Object value) {
        if (value instanceof Optional<?> optional) {
            return optional.map(ThingModelDiff::show).orElse("none");
        }
        return String.valueOf(value);
    }

    private static <T> void compare(String what, List<T> expected, List<T> observed, Function<T, String> id,
                                    List<String> differences) {
        for (T e : expected) {
            T o = observed.stream().filter(x -> id.apply(x).equals(id.apply(e))).findFirst().orElse(null);
            if (o == null) {
                differences.add(what + " " + id.apply(e) + " is missing");
            } else if (!e.equals(o)) {
                List<String> fields = new ArrayList<>();
                fieldDifferences("", e, o, fields);
                differences.add(what + " " + id.apply(e) + ": " + String.join(", ", fields));
            }
        }
        for (T o : observed) {
            if (expected.stream().noneMatch(x -> id.apply(x).equals(id.apply(o)))) {
                differences.add(what + " " + id.apply(o) + " is not in the expected model");
            }
        }
    }
}
