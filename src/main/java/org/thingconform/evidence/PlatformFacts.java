package org.thingconform.evidence;

import java.util.Map;

/**
 * The platform under test as the run saw it, secrets masked: its declared name and version,
 * the ICS answers the run used and how they came about, the IXIT values and profile parameters.
 *
 * @param version      the version the descriptor declares, or null when it declares none
 * @param ics          ICS item → the answer used
 * @param icsOverrides answers given with {@code --ics}
 */
public record PlatformFacts(String name, String version, Object ics, Object icsOverrides, Object icsDefaulted,
                            Object icsDefault, Object ixit, Object profileParameters) {

    /** The facts in the platform view the journal recorded ({@code DescriptorView} plus what the run used). */
    public static PlatformFacts of(Map<String, Object> view) {
        return new PlatformFacts(text(view.get("name")), text(view.get("version")), view.get("icsAnswersUsed"),
                view.get("icsOverrides"), view.get("icsDefaulted"), view.get("icsDefault"), view.get("ixit"),
                view.get("profileParameters"));
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
