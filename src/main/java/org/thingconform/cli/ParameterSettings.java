package org.thingconform.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.thingconform.engine.EngineConfig;
import org.thingconform.profile.Profile;
import org.thingconform.source.BadInputException;

/**
 * The {@code --param NAME=VALUE} settings of {@code run} and {@code mutate}: parsed as the engine
 * parses them, and refused when no selected profile declares the name, so a typo cannot leave a
 * run on the profile's value unnoticed.
 */
final class ParameterSettings {

    private ParameterSettings() {
    }

    /** The engine's form of the settings: {@code name=value} pairs joined by {@code ;}. */
    static String joined(List<String> params) {
        return String.join(";", params);
    }

    /**
     * The settings as parameter values.
     *
     * @throws BadInputException when a setting is not NAME=VALUE or names a parameter no profile declares
     */
    static Map<String, JsonNode> checked(List<String> params, List<Profile> profiles) {
        Map<String, JsonNode> values = EngineConfig.from(Map.of(EngineConfig.PARAMETERS, joined(params))).parameters();
        Set<String> known = new TreeSet<>();
        profiles.forEach(p -> known.addAll(p.parameters().keySet()));
        for (String name : values.keySet()) {
            if (!known.contains(name)) {
                throw new BadInputException("error: --param " + name + " is a parameter of no selected profile; "
                        + "expected one of " + known);
            }
        }
        return values;
    }
}
