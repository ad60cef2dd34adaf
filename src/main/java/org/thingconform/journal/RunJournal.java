package org.thingconform.journal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.thingconform.result.ClauseResult;

/**
 * Appends lines to a run journal, each written whole and forced to the disk before the call
 * returns, so a process killed at any moment loses at most the tests still running. Safe to
 * call from several threads: each line is appended whole, in the order the calls arrive.
 */
public final class RunJournal implements AutoCloseable {

    /** The journal's file name in a results folder. */
    public static final String FILE_NAME = "journal.jsonl";

    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final Path file;
    private final FileChannel channel;

    private RunJournal(Path file, FileChannel channel) {
        this.file = file;
        this.channel = channel;
    }

    /** Starts a new journal in {@code file} (replacing any) with the run's request. */
    public static RunJournal start(Path file, RunRequest request) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new JournalException(file + ": error: cannot replace the run journal (" + e.getMessage() + ")", e);
        }
        RunJournal journal = append(file);
        journal.write(new JournalLine(JournalLine.Type.REQUEST, Instant.now(), request, null, null, HostName.get(), null));
        return journal;
    }

    /**
     * Starts a merged journal in {@code file} (replacing any): the request of the whole run, the {@code shards}
     * it combines, the platform, then every result the shards journaled. It is not marked completed: rendering
     * it ({@code thingconform merge}, {@code report}) reports a test without a result as NOT_RUN, and
     * {@code run --resume} on its folder runs those tests.
     */
    public static void merged(Path file, RunRequest request, List<org.thingconform.shard.ShardOrigin> shards,
                              Map<String, Object> platform, java.util.Collection<ClauseResult> results) {
        try (RunJournal journal = start(file, request)) {
            journal.write(new JournalLine(JournalLine.Type.MERGED, Instant.now(), null, null, null, null, shards));
            if (!platform.isEmpty()) {
                journal.platform(platform);
            }
            results.forEach(journal::result);
        }
    }

    /** Opens the journal in {@code file} to add lines at its end (a resume, or the engine's results). */
    public static RunJournal append(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            return new RunJournal(file, FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND));
        } catch (IOException e) {
            throw new JournalException(file + ": error: cannot open the run journal (" + e.getMessage() + ")", e);
        }
    }

    /** Records a finished test; its {@code testId} is the key a resume looks up. */
    public void result(ClauseResult result) {
        if (result.testId() == null) {
            throw new IllegalArgumentException("a journaled result needs its test id");
        }
        write(new JournalLine(JournalLine.Type.RESULT, Instant.now(), null, result, null));
    }

    /** Records the platform as the manifest shows it (secrets already masked). */
    public void platform(Map<String, Object> view) {
        write(new JournalLine(JournalLine.Type.PLATFORM, Instant.now(), null, null, view));
    }

    /** Records that a resume started now. */
    public void resumed() {
        write(new JournalLine(JournalLine.Type.RESUMED, Instant.now(), null, null, null));
    }

    /** Records that every selected test has a result and the reports were written. */
    public void completed() {
        write(new JournalLine(JournalLine.Type.COMPLETED, Instant.now(), null, null, null));
    }

    private synchronized void write(JournalLine line) {
        try {
            byte[] json = JSON.writeValueAsBytes(line);
            ByteBuffer buffer = ByteBuffer.allocate(json.length + 1).put(json).put((byte) '\n').flip();
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(false);
        } catch (IOException e) {
            throw new JournalException(file + ": error: cannot append to the run journal (" + e.getMessage() + ")", e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            channel.close();
        } catch (IOException e) {
            throw new JournalException(file + ": error: cannot close the run journal (" + e.getMessage() + ")", e);
        }
    }
}
