package org.thingconform.thingmodel.lwm2m;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Gives each DDF resource a thing-model identifier: the lowerCamelCase of its name in ASCII
 * letters and digits ("Battery Level" → {@code batteryLevel}, "UTC Offset" → {@code utcOffset},
 * "ExtDevInfo" → {@code extDevInfo}), at most 50 characters. A name that yields the identifier
 * of an earlier resource of the object, or none at all, gets the resource id appended
 * ({@code batteryLevel9}, {@code resource9}). One instance names the resources of one object.
 */
final class ResourceIdentifiers {

    private static final int MAX = 50;

    private final Set<String> taken = new HashSet<>();

    /** The identifier of resource {@code id} called {@code name}, unique among those given so far. */
    String next(String name, int id) {
        String base = camelCase(name);
        String candidate = base.isEmpty() ? "resource" + id : base;
        if (taken.contains(candidate)) {
            String suffix = Integer.toString(id);
            candidate = base.substring(0, Math.min(base.length(), MAX - suffix.length())) + suffix;
        }
        taken.add(candidate);
        return candidate;
    }

    /** lowerCamelCase of {@code name}'s ASCII letters and digits, cut to 50 characters. */
    static String camelCase(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replaceAll("[^A-Za-z0-9]+", " ").strip();
        StringBuilder result = new StringBuilder();
        for (String word : ascii.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            if (result.length() == 0) {
                boolean acronym = word.equals(word.toUpperCase(Locale.ROOT));
                result.append(acronym ? word.toLowerCase(Locale.ROOT)
                        : word.substring(0, 1).toLowerCase(Locale.ROOT) + word.substring(1));
            } else {
                result.append(word.substring(0, 1).toUpperCase(Locale.ROOT)).append(word.substring(1));
            }
        }
        return result.length() > MAX ? result.substring(0, MAX) : result.toString();
    }
}
