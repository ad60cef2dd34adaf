package org.thingconform.profile;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.jexl3.JexlBuilder;
import org.apache.commons.jexl3.JexlEngine;
import org.apache.commons.jexl3.JexlException;
import org.apache.commons.jexl3.JexlFeatures;
import org.apache.commons.jexl3.JexlScript;
import org.apache.commons.jexl3.introspection.JexlPermissions;

/**
 * The bounded expression language of profiles: Apache Commons JEXL with everything that
 * could loop, assign, call into Java or create objects switched off. What is left is
 * arithmetic, comparison, boolean logic, the ternary operator and literals: enough for
 * ICS conditions ({@code EVENTS && !SYNC_SERVICES}) and computed values
 * ({@code maxVoltage + 10}).
 */
public final class ExpressionLanguage {

    private static final JexlFeatures FEATURES = new JexlFeatures()
            .loops(false).sideEffect(false).sideEffectGlobal(false).newInstance(false).methodCall(false)
            .lambda(false).fatArrow(false).annotation(false).pragma(false).namespacePragma(false).importPragma(false)
            .localVar(false).register(false).script(false).structuredLiteral(false).constCapture(true);

    private static final JexlEngine JEXL = new JexlBuilder()
            .features(FEATURES)
            .permissions(JexlPermissions.RESTRICTED)
            .strict(true).safe(false).silent(false).cache(256)
            .create();

    private ExpressionLanguage() {
    }

    /**
     * Compiles {@code text}.
     *
     * @throws IllegalArgumentException with a readable message when it is not a valid,
     *                                  allowed expression
     */
    public static Expression compile(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("the expression is empty");
        }
        try {
            JexlScript script = JEXL.createScript(FEATURES, null, text);
            Set<String> variables = new LinkedHashSet<>();
            for (List<String> path : script.getVariables()) {
                variables.add(path.get(0));
            }
            return new Expression(text, script, variables);
        } catch (JexlException e) {
            throw new IllegalArgumentException("'" + text + "' is not an allowed expression: " + describe(e), e);
        }
    }

    /** JEXL's message without its Java-side location prefix. */
    static String describe(JexlException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int marker = message.indexOf(' ', message.indexOf('@') < 0 ? 0 : message.indexOf('@'));
        return (message.contains("@") && marker > 0 ? message.substring(marker + 1) : message).trim();
    }
}
