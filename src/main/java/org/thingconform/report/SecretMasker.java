package org.thingconform.report;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Defence in depth for the run manifest: the platform tree it receives is meant to be
 * secret-free already, but any value under a key naming a secret, password, token, API key,
 * private key or credential is replaced by {@link #MASK} anyway, at any depth.
 */
public final class SecretMasker {

    /** What a masked value reads as (the same as {@code platform.Secret.MASK}). */
    public static final String MASK = "******";

    private static final List<String> SECRET_WORDS = List.of("secret", "password", "passwd", "token", "apikey",
            "api_key", "privatekey", "private_key", "credential");

    private SecretMasker() {
    }

    /** True when a value under {@code key} must not be shown. */
    public static boolean isSecretKey(String key) {
        String lower = key.toLowerCase(Locale.ROOT);
        return SECRET_WORDS.stream().anyMatch(lower::contains);
    }

    /**
     * A copy of {@code tree} with secret values masked, keys sorted. Maps and lists are walked;
     * strings, numbers and booleans kept; any other object is written as its {@code toString},
     * so a {@code Secret} that slipped in shows its mask, never its value.
     */
    public static Map<String, Object> mask(Map<?, ?> tree) {
        Map<String, Object> masked = new TreeMap<>();
        tree.forEach((key, value) -> {
            String name = String.valueOf(key);
            masked.put(name, isSecretKey(name) && value != null ? MASK : maskValue(value));
        });
        return masked;
    }

    private static Object maskValue(Object value) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Map<?, ?> map) {
            return mask(map);
        }
        if (value instanceof Iterable<?> items) {
            List<Object> list = new ArrayList<>();
            items.forEach(item -> list.add(maskValue(item)));
            return list;
        }
        if (value.getClass().isArray()) {
            List<Object> list = new ArrayList<>();
            for (int i = 0; i < Array.getLength(value); i++) {
                list.add(maskValue(Array.get(value, i)));
            }
            return list;
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        return value.toString();
    }
}
