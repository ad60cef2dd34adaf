package org.thingconform.cli;

import java.util.ArrayList;
import java.util.List;
import org.thingconform.journal.RunRequest;
import org.thingconform.platform.PlatformDescriptor;
import org.thingconform.profile.Profile;
import org.thingconform.source.BadInputException;

/**
 * What a certification run ({@code run --certify}) refuses, so its verdicts stand for the
 * platform as it is, against the whole of each standard: no fault, no ICS answer from the command
 * line, no parameter the profile does not mark as IXIT, no narrowed selection, no draft (unless
 * allowed, which the reports record). Each refusal is one line naming the option.
 */
final class CertifyRules {

    private CertifyRules() {
    }

    /** The options a certification run refuses, found before any file is read. */
    static void checkOptions(RunRequest request) {
        if (!request.certify()) {
            if (request.allowDraft()) {
                throw new BadInputException("error: --allow-draft applies to a certification run only; add --certify or drop it");
            }
            return;
        }
        refuse(!request.faults().isEmpty(), "--fault", "a certification run tests the platform as it is");
        refuse(!request.ics().isEmpty(), "--ics", "every ICS answer comes from the platform's descriptor");
        refuse(request.icsDefault() != null, "--ics-default", "every ICS item must be answered in the descriptor");
        List<String> narrowing = new ArrayList<>();
        addIf(narrowing, !request.clauses().isEmpty(), "--clause");
        addIf(narrowing, !request.excludedClauses().isEmpty(), "--exclude-clause");
        addIf(narrowing, !request.tags().isEmpty(), "--tag");
        addIf(narrowing, !request.levels().isEmpty(), "--level");
        addIf(narrowing, !request.bindings().isEmpty(), "--binding");
        addIf(narrowing, !request.cases().isEmpty(), "--case");
        refuse(!narrowing.isEmpty(), String.join(", ", narrowing), "a certification run covers every clause and "
                + "binding of its profiles; the ICS answers alone decide what does not apply");
    }

    /** What a certification run refuses in its inputs: draft profiles, parameters set that are not IXIT. */
    static void checkInputs(RunRequest request, List<Profile> profiles, PlatformDescriptor descriptor) {
        if (!request.certify()) {
            return;
        }
        for (Profile profile : profiles) {
            if ("draft".equals(profile.standard().status()) && !request.allowDraft()) {
                throw new BadInputException(profile.file() + ": error: --certify refuses profile " + profile.id()
                        + ": its standard " + profile.standard().id() + " " + profile.standard().edition() + " is a draft; "
                        + "expected a published standard, or --allow-draft (recorded in the reports)");
            }
        }
        for (String setting : request.params()) {
            String name = setting.contains("=") ? setting.substring(0, setting.indexOf('=')).trim() : setting.trim();
            notIxit(profiles, name).ifPresent(p -> {
                throw new BadInputException("error: --certify refuses --param " + name + ": profile " + p.id()
                        + " does not mark it as IXIT; expected one of " + p.ixit() + " (profile key 'ixit')");
            });
        }
        if (descriptor != null) {
            descriptor.ixit().keySet().forEach(name -> notIxit(profiles, name).ifPresent(p -> {
                throw new BadInputException(request.platform() + ": error: --certify refuses ixit value " + name
                        + ": profile " + p.id() + " does not mark it as IXIT; expected one of " + p.ixit()
                        + " (profile key 'ixit')");
            }));
        }
    }

    /** The first profile that has parameter {@code name} but does not mark it as IXIT. */
    private static java.util.Optional<Profile> notIxit(List<Profile> profiles, String name) {
        return profiles.stream().filter(p -> p.parameters().containsKey(name) && !p.ixit().contains(name)).findFirst();
    }

    private static void refuse(boolean given, String option, String why) {
        if (given) {
            throw new BadInputException("error: --certify refuses " + option + ": " + why);
        }
    }

    private static void addIf(List<String> options, boolean given, String option) {
        if (given) {
            options.add(option);
        }
    }
}
