package org.thingconform.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.thingconform.result.Verdict;
import org.thingconform.source.BadInputException;

/**
 * The clause verdicts of the last runs ({@value #FILE_NAME}), newest first and at most {@link #KEPT} of
 * them, from which each clause's {@link ClauseTrend} comes.
 */
public record VerdictHistory(int format, List<PastRun> runs) {

    /** The file name, in a history folder and next to a run's reports. */
    public static final String FILE_NAME = "verdict-history.json";
    /** How many runs are kept. */
    public static final int KEPT = 10;
    public static final int FORMAT = 1;

    private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT).build();

    public VerdictHistory {
        runs = List.copyOf(runs);
    }

    /** No run yet. */
    public static VerdictHistory empty() {
        return new VerdictHistory(FORMAT, List.of());
    }

    /** How the history names a clause: its profile and its id. */
    public static String key(String profile, String clause) {
        return profile + " " + clause;
    }

    /**
     * The history in {@code file}; empty when there is none yet.
     *
     * @throws BadInputException when the file is not a verdict history
     */
    public static VerdictHistory load(Path file) {
        if (!Files.isRegularFile(file)) {
            return empty();
        }
        try {
            VerdictHistory history = JSON.readValue(file.toFile(), VerdictHistory.class);
            if (history == null || history.runs() == null) {
                throw new BadInputException("error: " + file + " is not a verdict history; expected {\"format\": "
                        + FORMAT + ", \"runs\": [...]} as ThingConform writes it (or remove it to start a new history)");
            }
            return history;
        } catch (JsonProcessingException e) {
            throw new BadInputException("error: " + file + " is not a verdict history (" + e.getOriginalMessage()
                    + "); expected the JSON ThingConform writes (or remove it to start a new history)");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** This history with {@code run} as the newest, the oldest beyond {@link #KEPT} dropped. */
    public VerdictHistory with(PastRun run) {
        List<PastRun> kept = new ArrayList<>();
        kept.add(run);
        kept.addAll(runs.subList(0, Math.min(runs.size(), KEPT - 1)));
        return new VerdictHistory(FORMAT, kept);
    }

    /** The trend of the clause {@code key} whose verdict is now {@code now}, from the runs kept. */
    public ClauseTrend trend(String key, Verdict now) {
        return ClauseTrend.of(now, runs.stream().map(r -> r.verdicts().get(key)).filter(v -> v != null).toList());
    }

    /** The JSON as written to {@value #FILE_NAME}. */
    public byte[] bytes() {
        try {
            return JSON.writeValueAsBytes(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
