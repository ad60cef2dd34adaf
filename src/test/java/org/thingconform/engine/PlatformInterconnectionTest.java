package org.thingconform.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.thingconform.platform.ApiAuth;
import org.thingconform.platform.EmbeddedPlatform;
import org.thingconform.profile.Clause;
import org.thingconform.profile.Profile;
import org.thingconform.profile.ProfileLoader;
import org.thingconform.result.ClauseResult;
import org.thingconform.result.Verdict;
import org.thingconform.trace.TraceEntry;

/**
 * The platform-interconnection profile against the embedded reference platform (one platform
 * for the class): every clause passes fault-free, and no trace shows the peer's client secret or
 * an access token. That each interconnection fault fails exactly the clauses it declares is
 * {@link org.thingconform.mutation.InterconnectionMutationTest}'s.
 */
class PlatformInterconnectionTest {

    static final Path PROFILE = Path.of("test-profiles/platform-interconnection/profile.yaml");
    /** The reference platform's access tokens: 32 random bytes, hex. */
    private static final Pattern TOKEN = Pattern.compile("[0-9a-f]{64}");

    private static Profile profile;
    private static EmbeddedPlatform platform;

    @BeforeAll
    static void startPlatform() {
        profile = ProfileLoader.load(PROFILE);
        platform = PlatformSession.startEmbedded(List.of(profile), Set.of());
    }

    @AfterAll
    static void stopPlatform() {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void everyClausePassesAndNoTraceShowsTheClientSecretOrAToken() {
        platform.clearState();
        CaseExpander expander = new CaseExpander(EngineConfig.DEFAULT_SEED, Instant.now());
        String clientSecret = ((ApiAuth.ClientCredentials) platform.descriptor().interconnection().orElseThrow().auth())
                .clientSecret().reveal();

        for (Clause clause : profile.clauses()) {
            ClauseResult result = ClauseRunner.runWhole(profile, clause, platform.descriptor(), expander, binding -> true);

            assertThat(result.verdict()).as("%s: %s", clause.id(), result.reason()).isEqualTo(Verdict.PASS);
            assertThat(result.trace()).as("trace of %s", clause.id()).isNotEmpty().allSatisfy(entry -> {
                String line = entry.toLine() + " " + entry;
                assertThat(line).doesNotContain(clientSecret);
                assertThat(TOKEN.matcher(line).find()).as("a token in %s", line).isFalse();
            });
        }
    }

    @Test
    void theTokenResponseIsTracedWithTheTokenMasked() {
        platform.clearState();
        Clause clause = profile.clause("PI-5.1.1").orElseThrow();

        ClauseResult result = ClauseRunner.runWhole(profile, clause, platform.descriptor(),
                new CaseExpander(EngineConfig.DEFAULT_SEED, Instant.now()), binding -> true);

        assertThat(result.trace()).map(TraceEntry::toLine).anySatisfy(line ->
                assertThat(line).contains("\"access_token\":\"******\""));
    }
}
