package org.thingconform.reference.lwm2m;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.leshan.core.LwM2m.LwM2mVersion;

/**
 * The Uri-Query parameters of a Register or Update ({@code ep, lt, lwm2m, b, sms, Q}), read and checked.
 * Absent ones are null; a malformed one is a {@link IllegalArgumentException} saying which and why.
 */
record RegistrationParameters(String endpoint, Long lifetime, String lwm2mVersion, String binding, String sms,
                              boolean queueMode) {

    static RegistrationParameters parse(List<String> uriQuery) {
        Map<String, String> query = new LinkedHashMap<>();
        for (String option : uriQuery) {
            int eq = option.indexOf('=');
            query.putIfAbsent(eq < 0 ? option : option.substring(0, eq), eq < 0 ? null : option.substring(eq + 1));
        }
        Long lifetime = null;
        String lt = query.get("lt");
        if (query.containsKey("lt")) {
            try {
                lifetime = Long.parseLong(lt == null ? "" : lt);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("lifetime lt=" + lt + " is not a number of seconds");
            }
            if (lifetime <= 0) {
                throw new IllegalArgumentException("lifetime lt=" + lt + " must be positive");
            }
        }
        String version = query.get("lwm2m");
        if (query.containsKey("lwm2m") && (version == null || !LwM2mVersion.isSupported(version))) {
            throw new IllegalArgumentException("LwM2M version lwm2m=" + version + " is not supported (1.0, 1.1)");
        }
        String binding = query.get("b");
        if (query.containsKey("b") && (binding == null || !binding.matches("[UMHTSN]+"))) {
            throw new IllegalArgumentException("binding b=" + binding + " is not a set of U, M, H, T, S, N");
        }
        return new RegistrationParameters(query.get("ep"), lifetime, version, binding, query.get("sms"),
                query.containsKey("Q"));
    }
}
