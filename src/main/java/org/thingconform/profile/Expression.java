package org.thingconform.profile;

import java.util.Map;
import java.util.Set;
import org.apache.commons.jexl3.JexlContext;
import org.apache.commons.jexl3.JexlException;
import org.apache.commons.jexl3.JexlScript;
import org.apache.commons.jexl3.MapContext;

/**
 * A compiled expression of the profile language, with the variable names it reads. Built
 * by {@link ExpressionLanguage}, which forbids loops, assignments, method calls, object
 * creation and lambdas, so evaluating one always ends and touches nothing.
 *
 * @param text      the expression as written
 * @param variables the top-level variable names it reads
 */
public record Expression(String text, JexlScript script, Set<String> variables) {

    public Expression {
        variables = Set.copyOf(variables);
    }

    /** Evaluates against the given variables. */
    public Object evaluate(Map<String, Object> values) {
        JexlContext context = new MapContext(new java.util.HashMap<>(values));
        try {
            return script.execute(context);
        } catch (JexlException e) {
            throw new IllegalArgumentException("expression '" + text + "' failed: " + ExpressionLanguage.describe(e), e);
        }
    }

    /** Evaluates to a boolean; anything else is an error naming the value. */
    public boolean test(Map<String, Object> values) {
        Object result = evaluate(values);
        if (result instanceof Boolean b) {
            return b;
        }
        throw new IllegalArgumentException("expression '" + text + "' gave " + result + ", not true or false");
    }

    @Override
    public String toString() {
        return text;
    }
}
