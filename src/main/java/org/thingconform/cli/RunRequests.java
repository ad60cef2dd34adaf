package org.thingconform.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.platform.commons.JUnitException;
import org.junit.platform.engine.UniqueId;
import org.thingconform.journal.InputDigest;
import org.thingconform.profile.Profile;
import org.thingconform.source.BadInputException;

/** What the CLI adds to a {@link org.thingconform.journal.RunRequest}: input digests, and profiles named by test ids. */
final class RunRequests {

    private RunRequests() {
    }

    /** The digests of every file the run reads: the profiles, the files they read, the descriptor, the waivers file. */
    static List<InputDigest> inputs(List<Profile> profiles, String descriptor, String waivers) {
        Set<Path> files = new LinkedHashSet<>();
        profiles.forEach(p -> {
            files.add(p.file().toAbsolutePath().normalize());
            files.addAll(p.inputs());
        });
        if (descriptor != null) {
            files.add(Path.of(descriptor));
        }
        if (waivers != null) {
            files.add(Path.of(waivers));
            Path signature = org.thingconform.waiver.OwnerSignature.signatureOf(Path.of(waivers));
            if (java.nio.file.Files.isRegularFile(signature)) {
                files.add(signature);
            }
        }
        List<InputDigest> digests = new ArrayList<>();
        files.forEach(f -> digests.add(InputDigest.of(f)));
        return digests;
    }

    /**
     * The profile file a test id names (its {@code [profile:…]} segment).
     *
     * @throws BadInputException when {@code testId} is not a ThingConform test id
     */
    static Path profileOf(String testId) {
        String expected = "; expected the id a report prints, e.g. "
                + "'[engine:thingconform]/[profile:test-profiles%2Fx%2Fprofile.yaml]/[clause:TM-5.1]/[case:…]'";
        UniqueId id;
        try {
            id = UniqueId.parse(testId);
        } catch (JUnitException | IllegalArgumentException e) {
            throw new BadInputException("error: --case '" + testId + "' is not a test id" + expected);
        }
        List<UniqueId.Segment> segments = id.getSegments();
        if (segments.size() < 3 || !segments.get(0).getValue().equals("thingconform")
                || !segments.get(1).getType().equals("profile")) {
            throw new BadInputException("error: --case '" + testId + "' is not a ThingConform test id" + expected);
        }
        return Path.of(segments.get(1).getValue());
    }
}
