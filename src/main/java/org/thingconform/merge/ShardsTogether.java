package org.thingconform.merge;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;
import org.thingconform.journal.InputDigest;
import org.thingconform.journal.RunRequest;
import org.thingconform.source.BadInputException;

/**
 * Whether shard folders belong to one run: the same suite version, shard count, profiles and every input's
 * SHA-256, selection, seed and options, and no shard index twice. Only then is their partition the same, so
 * that together they hold every test once. The clock may differ (it changes generated date values, never which
 * tests there are); merge notes it.
 */
public final class ShardsTogether {

    private static final String EXPECTED = "expected the shards of one run: the same suite version, profiles and "
            + "input digests, selection, seed, options and shard count, each index once";

    /** What must be equal, by the name the message gives it. */
    private static final Map<String, Function<RunRequest, Object>> SAME = new LinkedHashMap<>();

    static {
        SAME.put("shard count", r -> r.shard().count());
        SAME.put("suite version", RunRequest::suiteVersion);
        SAME.put("profiles", RunRequest::profiles);
        SAME.put("input digests", r -> new TreeSet<>(r.inputs().stream().map(InputDigest::toString).toList()));
        SAME.put("--platform", RunRequest::platform);
        SAME.put("--clause", RunRequest::clauses);
        SAME.put("--exclude-clause", RunRequest::excludedClauses);
        SAME.put("--binding", RunRequest::bindings);
        SAME.put("--tag", RunRequest::tags);
        SAME.put("--level", RunRequest::levels);
        SAME.put("--case", RunRequest::cases);
        SAME.put("--seed", RunRequest::seed);
        SAME.put("--param", RunRequest::params);
        SAME.put("--ics", RunRequest::ics);
        SAME.put("--ics-default", RunRequest::icsDefault);
        SAME.put("--fault", RunRequest::faults);
        SAME.put("--reference-tls", RunRequest::referenceTls);
        SAME.put("--certify", RunRequest::certify);
        SAME.put("--allow-draft", RunRequest::allowDraft);
        SAME.put("--waivers", RunRequest::waivers);
        SAME.put("--confirm", RunRequest::confirm);
    }

    private ShardsTogether() {
    }

    /**
     * Refuses {@code folders} (read in the order given) unless they are shards of one run.
     *
     * @throws BadInputException one line naming the folder, what differs and from which folder
     */
    public static void check(List<ShardFolder> folders) {
        ShardFolder first = folders.get(0);
        Map<Integer, ShardFolder> byIndex = new LinkedHashMap<>();
        for (ShardFolder folder : folders) {
            RunRequest request = folder.journal().request();
            for (Map.Entry<String, Function<RunRequest, Object>> field : SAME.entrySet()) {
                Object mine = field.getValue().apply(request);
                Object theirs = field.getValue().apply(first.journal().request());
                if (!Objects.equals(mine, theirs)) {
                    throw new BadInputException(folder.folder() + ": error: shard " + folder.shard().label() + " has "
                            + field.getKey() + " " + shown(mine) + " where " + first.folder() + " (shard "
                            + first.shard().label() + ") has " + field.getKey() + " " + shown(theirs) + "; " + EXPECTED);
                }
            }
            ShardFolder twice = byIndex.putIfAbsent(folder.shard().index(), folder);
            if (twice != null) {
                throw new BadInputException(folder.folder() + ": error: shard " + folder.shard().label()
                        + " is also in " + twice.folder() + "; " + EXPECTED);
            }
        }
    }

    private static String shown(Object value) {
        String text = String.valueOf(value);
        return text.length() > 160 ? text.substring(0, 160) + "…" : text;
    }
}
