package org.thingconform.profile;

import java.util.regex.Pattern;
import org.thingconform.source.LocatedDocument;

/**
 * The rules for the names a profile gives things (its id, thing models, device roles,
 * parameters, ICS items, clauses, tags, saved calls). The loader checks them here; the
 * profile's JSON Schema states the same patterns under {@code $defs/<schemaDef>}, and a
 * test keeps the two equal, so an editor and the loader never disagree about a name.
 */
public enum IdRule {
    PROFILE("profileId", "profile id", "^[A-Za-z0-9][A-Za-z0-9._-]*$",
            "letters, digits, '.', '_' and '-', starting with a letter or digit, e.g. tsl-alink-mqtt"),
    MODEL("modelId", "thing-model id", "^[A-Za-z_][A-Za-z0-9_-]*$",
            "letters, digits, '_' and '-', starting with a letter or '_', e.g. smart-meter"),
    DEVICE_ROLE("deviceRole", "device role", "^[A-Za-z_][A-Za-z0-9_-]*$",
            "letters, digits, '_' and '-', starting with a letter or '_', e.g. meter"),
    PARAMETER("parameterName", "parameter name", "^[A-Za-z_][A-Za-z0-9_]*$",
            "letters, digits and '_', starting with a letter or '_' (a name expressions can use), e.g. outOfRangeCode"),
    ICS("icsId", "ICS id", "^[A-Za-z][A-Za-z0-9_]*$",
            "letters, digits and '_', starting with a letter, e.g. EVENTS"),
    CLAUSE("clauseId", "clause id", "^[A-Za-z][A-Za-z0-9]*(--?[A-Za-z0-9]+)*([.-][0-9A-Za-z]+)*$",
            "letters, digits, '-' and '.', e.g. TM-5.2.1"),
    TAG("tag", "tag", "^[A-Za-z0-9_.-]+$", "letters, digits, '_', '.' and '-', no spaces"),
    BINDING("bindingId", "binding id", "^[A-Za-z0-9][A-Za-z0-9._-]*$",
            "letters, digits, '.', '_' and '-', starting with a letter or digit, e.g. alink-mqtt5"),
    CALL("callName", "call name", "^[A-Za-z_][A-Za-z0-9_-]*$",
            "letters, digits, '_' and '-', starting with a letter or '_', e.g. history");

    private final String schemaDef;
    private final String title;
    private final Pattern pattern;
    private final String expected;

    IdRule(String schemaDef, String title, String regex, String expected) {
        this.schemaDef = schemaDef;
        this.title = title;
        this.pattern = Pattern.compile(regex);
        this.expected = expected;
    }

    /** The name of the definition under {@code $defs} in {@code profile.schema.json}. */
    public String schemaDef() {
        return schemaDef;
    }

    /** What the name is called in messages, e.g. {@code clause id}. */
    public String title() {
        return title;
    }

    /** The regular expression, as the schema writes it. */
    public String regex() {
        return pattern.pattern();
    }

    /** What a valid name looks like, for "expected …". */
    public String expected() {
        return expected;
    }

    public boolean matches(String name) {
        return pattern.matcher(name).matches();
    }

    /** Returns {@code name}, or throws an error located at {@code pointer} when it breaks the rule. */
    String check(LocatedDocument document, String pointer, String name) {
        if (!matches(name)) {
            throw document.error(pointer, title + " '" + name + "' is not valid", expected);
        }
        return name;
    }
}
