package org.thingconform.journal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.thingconform.result.ClauseResult;
import org.thingconform.shard.ShardOrigin;
import org.thingconform.source.BadInputException;

/**
 * What a run journal holds: the request, the result of every test that finished (a later line
 * for the same test wins), the platform last opened, the resumes, and whether the run completed.
 * A last line cut short by a crash is ignored; any other unreadable line is an error naming it.
 *
 * @param results test id → result, in the order they were first recorded
 * @param host    the host the run started on (null in journals from before hosts were recorded)
 * @param lastAt  when the last whole line was written
 * @param shards  the shards a merged journal combined ({@code thingconform merge}); empty otherwise
 */
public record JournalContent(Path file, RunRequest request, Map<String, ClauseResult> results,
                             Map<String, Object> platform, List<Instant> resumed, boolean completed, String host,
                             Instant lastAt, List<ShardOrigin> shards) {

    public JournalContent {
        results = Collections.unmodifiableMap(new LinkedHashMap<>(results));
        platform = platform == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(platform));
        resumed = List.copyOf(resumed);
        shards = shards == null ? List.of() : List.copyOf(shards);
    }

    /**
     * Reads the journal in {@code file}.
     *
     * @throws BadInputException when it is missing, does not start with a request, or a line
     *                           other than a torn last one is not a journal line
     */
    public static JournalContent read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(file + ": error: no run journal here; expected the " + RunJournal.FILE_NAME
                    + " that 'thingconform run --out DIR' writes into DIR");
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BadInputException(file + ": error: cannot read the run journal (" + e.getMessage() + ")");
        }
        RunRequest request = null;
        Map<String, ClauseResult> results = new LinkedHashMap<>();
        Map<String, Object> platform = null;
        List<Instant> resumed = new ArrayList<>();
        boolean completed = false;
        String host = null;
        Instant lastAt = null;
        List<ShardOrigin> shards = List.of();
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i);
            if (text.isBlank()) {
                continue;
            }
            JournalLine line;
            try {
                line = RunJournal.JSON.readValue(text, JournalLine.class);
            } catch (IOException e) {
                if (i == lines.size() - 1) {
                    break; // the line being written when the process died
                }
                throw new BadInputException(file + ":" + (i + 1) + ":1: error: not a journal line ("
                        + (e instanceof com.fasterxml.jackson.core.JsonProcessingException j ? j.getOriginalMessage() : e.getMessage()) + "); expected one JSON object per line as thingconform writes it");
            }
            if (request == null && line.type() != JournalLine.Type.REQUEST) {
                throw new BadInputException(file + ":" + (i + 1) + ":1: error: the journal does not start with the "
                        + "run's request; expected a line of type REQUEST first");
            }
            lastAt = line.at() == null ? lastAt : line.at();
            switch (line.type()) {
                case REQUEST -> {
                    request = line.request();
                    host = line.host();
                }
                case MERGED -> shards = line.shards() == null ? List.of() : line.shards();
                case PLATFORM -> platform = line.platform();
                case RESULT -> results.put(line.result().testId(), line.result());
                case RESUMED -> {
                    resumed.add(line.at());
                    completed = false;
                }
                case COMPLETED -> completed = true;
            }
        }
        if (request == null) {
            throw new BadInputException(file + ": error: the run journal is empty; expected the run's request on its first line");
        }
        return new JournalContent(file, request, results, platform, resumed, completed, host, lastAt, shards);
    }
}
