package org.thingconform.result;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The ThingConform version, as stamped into the build by Maven resource filtering. */
public final class SuiteVersion {

    private SuiteVersion() {
    }

    public static String get() {
        try (InputStream in = SuiteVersion.class.getResourceAsStream("/thingconform-version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("suite.version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
