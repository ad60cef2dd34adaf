package org.thingconform.result;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.Properties;

/**
 * The ThingConform version and the git commit it was built from, as stamped into the build by Maven
 * resource filtering (the commit by git-commit-id-maven-plugin): a vendor's CI log names exactly which
 * suite judged its platform.
 */
public final class SuiteVersion {

    /** What a build from outside a git checkout (a source archive) reports as its commit. */
    public static final String UNKNOWN = "unknown";

    private SuiteVersion() {
    }

    public static String get() {
        return property("suite.version").orElse(UNKNOWN);
    }

    /** The git commit the build comes from, or {@value #UNKNOWN} when it was not built from a git checkout. */
    public static String commit() {
        return property("suite.commit").orElse(UNKNOWN);
    }

    /** A stamped value; empty when absent, blank or left unfiltered ({@code ${...}}). */
    private static Optional<String> property(String key) {
        try (InputStream in = SuiteVersion.class.getResourceAsStream("/thingconform-version.properties")) {
            if (in == null) {
                return Optional.empty();
            }
            Properties properties = new Properties();
            properties.load(in);
            String value = properties.getProperty(key, "").trim();
            return value.isEmpty() || value.startsWith("${") ? Optional.empty() : Optional.of(value);
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
