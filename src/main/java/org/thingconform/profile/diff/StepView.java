package org.thingconform.profile.diff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Comparator;
import org.thingconform.profile.step.Step;

/**
 * A step as data for comparison: its record components except {@code location} (moving a
 * step to another line changes nothing), as a JSON object whose numbers compare by value,
 * so {@code 220.0} and {@code 220.00} are the same. JSON values are copied as written
 * (converting them would print {@code 600.0} as {@code 6E+2}).
 */
final class StepView {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Comparator<JsonNode> BY_VALUE = (a, b) -> {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue());
        }
        return a.equals(b) ? 0 : 1;
    };

    private StepView() {
    }

    /** The step's components, without its location and without absent (null) ones. */
    static ObjectNode of(Step step) {
        ObjectNode node = JSON.createObjectNode();
        for (RecordComponent component : step.getClass().getRecordComponents()) {
            if (component.getName().equals("location")) {
                continue;
            }
            Object value = read(step, component);
            if (value instanceof JsonNode json) {
                node.set(component.getName(), json.deepCopy());
            } else if (value != null) {
                node.set(component.getName(), JSON.valueToTree(value));
            }
        }
        return node;
    }

    static boolean same(Step a, Step b) {
        return a.kind().equals(b.kind()) && same(of(a), of(b));
    }

    static boolean same(JsonNode a, JsonNode b) {
        return a == null ? b == null : b != null && a.equals(BY_VALUE, b);
    }

    /** {@code postProperties {"device":"meter",…}}. */
    static String render(Step step) {
        return step.kind() + " " + of(step);
    }

    private static Object read(Step step, RecordComponent component) {
        try {
            return component.getAccessor().invoke(step);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName() + " of " + step.kind(), e);
        }
    }
}
