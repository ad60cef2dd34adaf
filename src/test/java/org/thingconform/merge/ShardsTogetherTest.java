package org.thingconform.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thingconform.journal.InputDigest;
import org.thingconform.journal.RunJournal;
import org.thingconform.journal.RunRequest;
import org.thingconform.result.ClauseInfo;
import org.thingconform.result.ClauseResult;
import org.thingconform.result.Level;
import org.thingconform.result.StandardInfo;
import org.thingconform.result.Verdict;
import org.thingconform.shard.ShardOrigin;
import org.thingconform.shard.ShardSpec;
import org.thingconform.source.BadInputException;

/** Which shard folders merge refuses, and what it makes of missing and unfinished shards. */
class ShardsTogetherTest {

    private static final Instant START = Instant.parse("2026-12-05T10:00:00Z");

    @TempDir
    Path dir;

    @Test
    void theShardsOfOneRunMergeIntoTheWholeRunsRequestAndEveryResult() {
        List<ShardFolder> folders = ShardFolders.read(List.of(shard("a", 1, 3, 1, "TM-5.*", true),
                shard("b", 2, 3, 1, "TM-5.*", true), shard("c", 3, 3, 1, "TM-5.*", true)), notAllowed());

        ShardsTogether.check(folders);
        MergedRun merged = MergedRun.of(folders);

        assertThat(merged.request().shard()).isNull();
        assertThat(merged.request().startedAt()).as("when the first shard started").isEqualTo(START.plusSeconds(1));
        assertThat(merged.request().clauses()).containsExactly("TM-5.*");
        assertThat(merged.results()).extracting(ClauseResult::testId).containsExactly(id(1), id(2), id(3));
        assertThat(merged.shards()).extracting(ShardOrigin::shard).containsExactly("1/3", "2/3", "3/3");
        assertThat(merged.shards()).allSatisfy(s -> assertThat(s.completed()).isTrue());
        assertThat(merged.shards().get(0).digestOf()).isEqualTo(RunJournal.FILE_NAME);
        assertThat(merged.shards().get(0).digest()).hasSize(64);
        assertThat(merged.notes()).isEmpty();
    }

    @Test
    void shardsOfDifferentSeedsAreRefusedNamingBothFolders() {
        List<ShardFolder> folders = ShardFolders.read(List.of(shard("a", 1, 2, 1, "TM-5.*", true),
                shard("b", 2, 2, 7, "TM-5.*", true)), notAllowed());

        assertThatThrownBy(() -> ShardsTogether.check(folders)).isInstanceOf(BadInputException.class)
                .hasMessageStartingWith(dir.resolve("b") + ": error: shard 2/2 has --seed 7 where " + dir.resolve("a")
                        + " (shard 1/2) has --seed 1; expected the shards of one run")
                .hasMessageNotContaining("\n");
    }

    @Test
    void shardsOfDifferentSelectionsAreRefused() {
        List<ShardFolder> folders = ShardFolders.read(List.of(shard("a", 1, 2, 1, "TM-5.*", true),
                shard("b", 2, 2, 1, "TM-6.*", true)), notAllowed());

        assertThatThrownBy(() -> ShardsTogether.check(folders)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("shard 2/2 has --clause [TM-6.*] where").hasMessageContaining("has --clause [TM-5.*]");
    }

    @Test
    void shardsOfDifferentCountsAreRefused() {
        List<ShardFolder> folders = ShardFolders.read(List.of(shard("a", 1, 2, 1, "TM-5.*", true),
                shard("b", 2, 3, 1, "TM-5.*", true)), notAllowed());

        assertThatThrownBy(() -> ShardsTogether.check(folders)).hasMessageContaining("shard 2/3 has shard count 3 where");
    }

    @Test
    void aShardIndexTwiceIsRefused() {
        List<ShardFolder> folders = ShardFolders.read(List.of(shard("a", 1, 2, 1, "TM-5.*", true),
                shard("b", 1, 2, 1, "TM-5.*", true)), notAllowed());

        assertThatThrownBy(() -> ShardsTogether.check(folders)).isInstanceOf(BadInputException.class)
                .hasMessageStartingWith(dir.resolve("b") + ": error: shard 1/2 is also in " + dir.resolve("a") + "; expected");
    }

    @Test
    void aRunThatWasNoShardIsRefused() throws Exception {
        Path whole = dir.resolve("whole");
        Files.createDirectories(whole);
        RunJournal.start(whole.resolve(RunJournal.FILE_NAME), request(null, 1, "TM-5.*")).close();

        assertThatThrownBy(() -> ShardFolders.read(List.of(whole), notAllowed())).isInstanceOf(BadInputException.class)
                .hasMessage(whole + ": error: not a shard: its run had no --shard; expected the results folders of "
                        + "'thingconform run --shard i/n'");
    }

    @Test
    void aMissingShardAndAFolderWithoutJournalGiveNotesAndTheShardStaysMissing() {
        List<String> notes = new ArrayList<>();
        Path typo = dir.resolve("never-written");
        List<ShardFolder> folders = ShardFolders.read(List.of(shard("a", 1, 3, 1, "TM-5.*", true), typo,
                shard("c", 3, 3, 1, "TM-5.*", false)), notes::add);
        ShardsTogether.check(folders);

        MergedRun merged = MergedRun.of(folders);

        assertThat(notes).containsExactly(typo + ": warning: no such folder; its shard counts as missing (its tests are NOT_RUN)");
        assertThat(merged.shards().get(1)).isEqualTo(ShardOrigin.missing(new ShardSpec(2, 3)));
        assertThat(merged.results()).extracting(ClauseResult::testId).containsExactly(id(1), id(3));
        assertThat(merged.notes()).containsExactly(
                "shard 2/3: missing (no folder given holds it); its tests are NOT_RUN",
                "shard 3/3 (" + dir.resolve("c") + ") did not complete: its tests without a result are NOT_RUN "
                        + "('thingconform run --resume " + dir.resolve("c") + "' finishes it; then merge again)");
    }

    @Test
    void noShardAtAllIsBadInput() {
        assertThatThrownBy(() -> ShardFolders.read(List.of(dir.resolve("x")), s -> { }))
                .isInstanceOf(BadInputException.class).hasMessageStartingWith("error: none of the 1 folder(s) holds");
    }

    private static java.util.function.Consumer<String> notAllowed() {
        return note -> {
            throw new AssertionError("unexpected note: " + note);
        };
    }

    /** A shard's folder with a journal holding one result (test {@code index}), completed or not. */
    private Path shard(String name, int index, int count, long seed, String clause, boolean completed) {
        Path folder = dir.resolve(name);
        try {
            Files.createDirectories(folder);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        try (RunJournal journal = RunJournal.start(folder.resolve(RunJournal.FILE_NAME),
                request(new ShardSpec(index, count), seed, clause).asPartOf(new ShardSpec(index, count),
                        START.plusSeconds(index)))) {
            journal.platform(Map.of("name", "Reference", "shard", index + "/" + count));
            journal.result(new ClauseResult(new ClauseInfo("tsl-alink-mqtt",
                    new StandardInfo("S", "Standard", "1.0", "draft", null), "TM-5." + index, Level.MUST, "5", "a clause",
                    List.of(), null, "p.yaml:3:5"), null, Map.of(), Verdict.PASS,
                    null, START, START, List.of(), null, id(index)));
            if (completed) {
                journal.completed();
            }
        }
        return folder;
    }

    private static String id(int index) {
        return "[engine:thingconform]/[profile:p.yaml]/[clause:TM-5." + index + "]";
    }

    private RunRequest request(ShardSpec shard, long seed, String clause) {
        return new RunRequest("1.0", START, List.of("/p/profile.yaml"), null, List.of(clause), List.of(), List.of(),
                List.of(), List.of(), List.of(), null, seed, START, List.of(), false, List.of(), List.of(),
                List.of(new InputDigest("/p/profile.yaml", "ab")), false, false, null, 0, shard);
    }
}
