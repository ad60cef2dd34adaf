package org.thingconform.reference;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import org.thingconform.thingmodel.DataKind;
import org.thingconform.thingmodel.DataType;
import org.thingconform.thingmodel.ValueValidator;

/**
 * How the reference platform checks a posted property value: the thing model's rules,
 * bent by whichever data-check faults are on. Each fault relaxes or breaks exactly one
 * rule, so it fails exactly the generated cases of one value family.
 */
final class PropertyValueCheck {

    private final FaultSwitch faults;

    PropertyValueCheck(FaultSwitch faults) {
        this.faults = faults;
    }

    /** The value as the platform would store it: numeric texts become numbers under coerce-numeric-strings. */
    JsonNode normalise(JsonNode value, DataType type) {
        if (faults.on(Fault.COERCE_NUMERIC_STRINGS) && type.kind().isNumeric() && value.isTextual()) {
            try {
                return Json.MAPPER.getNodeFactory().numberNode(new java.math.BigDecimal(value.asText().trim()));
            } catch (NumberFormatException e) {
                return value;
            }
        }
        return value;
    }

    /** Why the platform refuses {@code value}; empty when it accepts it. */
    Optional<String> problem(JsonNode value, DataType type) {
        if (faults.on(Fault.ACCEPT_WRONG_TYPE) && !jsonTypeFits(value, type.kind())) {
            return Optional.empty();
        }
        if (faults.on(Fault.ACCEPT_TEXT_OVER_LENGTH) && type.kind() == DataKind.TEXT && value.isTextual()) {
            return Optional.empty();
        }
        if (faults.on(Fault.ACCEPT_STRUCT_MISSING_MEMBER) && type.kind() == DataKind.STRUCT && value.isObject()) {
            return presentMembers(value, type);
        }
        ValueValidator validator = faults.on(Fault.ACCEPT_OUT_OF_RANGE)
                ? ValueValidator.ignoringRange() : ValueValidator.strict();
        Optional<String> problem = validator.validate(value, type);
        if (problem.isEmpty() && faults.on(Fault.REJECT_MAX_BOUNDARY) && value.isNumber() && type.max().isPresent()
                && value.decimalValue().compareTo(type.max().get()) >= 0) {
            return Optional.of("value " + value + " is not below max " + type.max().get());
        }
        return problem;
    }

    /** Whether the platform ignores a property it does not know instead of rejecting the post. */
    boolean ignoresUnknownIdentifiers() {
        return faults.on(Fault.ACCEPT_UNKNOWN_IDENTIFIER);
    }

    private static Optional<String> presentMembers(JsonNode value, DataType type) {
        for (var it = value.fields(); it.hasNext(); ) {
            var member = it.next();
            Optional<DataType.Member> declared = type.members().stream()
                    .filter(m -> m.identifier().equals(member.getKey())).findFirst();
            if (declared.isEmpty()) {
                return Optional.of("struct member '" + member.getKey() + "' is not declared");
            }
            Optional<String> problem = ValueValidator.strict().validate(member.getValue(), declared.get().dataType());
            if (problem.isPresent()) {
                return problem;
            }
        }
        return Optional.empty();
    }

    private static boolean jsonTypeFits(JsonNode value, DataKind kind) {
        return switch (kind) {
            case INT, FLOAT, DOUBLE, BOOL, ENUM -> value.isNumber();
            case TEXT, DATE -> value.isTextual();
            case STRUCT -> value.isObject();
            case ARRAY -> value.isArray();
        };
    }
}
