package org.thingconform.waiver;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.thingconform.journal.InputDigest;
import org.thingconform.profile.Fields;
import org.thingconform.source.BadInputException;
import org.thingconform.source.DocumentReader;
import org.thingconform.source.LocatedDocument;

/**
 * Reads a waivers file ({@code --waivers FILE}, schema {@code test-profiles/schema/waivers.schema.json}):
 * a top-level {@code waivers} list of entries, each naming profile, edition, clause (and optionally
 * binding and case), reason, reference, approver, granted and expires. The first problem is a
 * {@link BadInputException} at its {@code file:line:column}. Whether the entries are current and
 * match the run is {@link WaiverChecks}' business.
 */
public final class WaiverFile {

    static final Set<String> TOP_KEYS = Set.of("waivers");
    static final Set<String> ENTRY_KEYS = Set.of("profile", "edition", "clause", "binding", "case", "reason",
            "reference", "approver", "granted", "expires");

    private WaiverFile() {
    }

    /** Whether a file's name says it is a waivers file: a YAML file with {@code waivers} in its name. */
    public static boolean isWaiverFile(Path file) {
        String name = file.getFileName().toString();
        return name.contains("waivers") && (name.endsWith(".yaml") || name.endsWith(".yml"));
    }

    /** The waivers in {@code file}. */
    public static Waivers load(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        LocatedDocument document = DocumentReader.read(file);
        Fields top = Fields.of(document, "", document.root(), "waivers file", TOP_KEYS);
        JsonNode list = top.node().get("waivers");
        if (list == null || !list.isArray() || list.isEmpty()) {
            throw top.error(list == null ? null : "waivers", list == null ? "missing required key 'waivers'"
                    : "'waivers' must be a non-empty list", "a list of waiver entries (profile, edition, clause, reason, "
                    + "reference, approver, granted, expires)");
        }
        List<Waiver> entries = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            entries.add(entry(Fields.of(document, top.child("waivers") + "/" + i, list.get(i), "waiver", ENTRY_KEYS)));
        }
        return new Waivers(absolute, InputDigest.of(absolute).sha256(), entries);
    }

    private static Waiver entry(Fields f) {
        String profile = f.requiredText("profile", "the id of a profile, e.g. tsl-alink-mqtt");
        String edition = f.requiredText("edition", "the edition the profile's standard states");
        String clause = f.requiredText("clause", "a clause id, e.g. TM-5.2.3");
        String binding = f.optionalText("binding", null);
        String caseId = f.optionalText("case", null);
        String reason = f.requiredText("reason", "why the failure is accepted");
        String reference = f.requiredText("reference", "a link to the issue or accepted challenge");
        checkLink(f, reference);
        String approver = f.requiredText("approver", "who accepted the waiver");
        LocalDate granted = date(f, "granted");
        LocalDate expires = date(f, "expires");
        if (expires.isBefore(granted)) {
            throw f.error("expires", "the waiver expires (" + expires + ") before it was granted (" + granted + ")",
                    "an expiry on or after the granted date");
        }
        return new Waiver(profile, edition, clause, binding, caseId, reason, reference, approver, granted, expires,
                f.location());
    }

    private static LocalDate date(Fields f, String key) {
        String text = f.requiredText(key, "a date, YYYY-MM-DD");
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw f.error(key, "'" + key + "' is '" + text + "', not a date", "a date, YYYY-MM-DD, e.g. 2027-03-31");
        }
    }

    private static void checkLink(Fields f, String reference) {
        try {
            URI uri = new URI(reference.trim());
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                return;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw f.error("reference", "'reference' is '" + reference + "', not a link",
                "an http(s) URL of the issue or accepted challenge");
    }
}
