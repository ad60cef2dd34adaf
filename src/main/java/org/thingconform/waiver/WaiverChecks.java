package org.thingconform.waiver;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.thingconform.profile.Binding;
import org.thingconform.profile.Clause;
import org.thingconform.profile.Profile;
import org.thingconform.result.Level;
import org.thingconform.source.BadInputException;

/**
 * What makes a waivers file unusable for a run, checked before anything runs: an entry that
 * expired before the run's date, and an entry that matches nothing the run selected (profile
 * id, its edition, clause id, binding, generated case). Either is a {@link BadInputException}
 * at the entry's {@code file:line:column}: a stale waiver must be renewed or removed, never
 * silently ignored.
 */
public final class WaiverChecks {

    private WaiverChecks() {
    }

    /** Refuses the first entry whose expiry is before {@code runDate}. */
    public static void checkCurrent(Waivers waivers, LocalDate runDate) {
        for (Waiver w : waivers.entries()) {
            if (w.expires().isBefore(runDate)) {
                throw new BadInputException(w.location(), "the waiver for " + w.label() + " expired on " + w.expires()
                        + " (the run's date is " + runDate + ")", "an expiry on or after the run's date: renew the "
                        + "waiver (new approval) or remove it");
            }
        }
    }

    /**
     * Refuses the first entry that matches nothing the run selected.
     *
     * @param profiles        the selected profiles
     * @param clauseSelected  whether the run selects a clause id ({@code --clause}, {@code --exclude-clause})
     * @param bindingSelected whether the run selects a binding id ({@code --binding})
     */
    public static void checkMatches(Waivers waivers, List<Profile> profiles, Predicate<String> clauseSelected,
                                    Predicate<String> bindingSelected) {
        for (Waiver w : waivers.entries()) {
            String problem = mismatch(w, profiles, clauseSelected, bindingSelected);
            if (problem != null) {
                throw new BadInputException(w.location(), "the waiver for " + w.label() + " matches nothing in this run: "
                        + problem, "every waiver to name a profile, edition, clause (and binding or case) the run selects");
            }
        }
    }

    /**
     * Refuses, for a certification run, the first entry that waives a MUST clause unless the waivers
     * file is signed by the owner of that clause's standard ({@link OwnerSignature}). Call after
     * {@link #checkMatches}.
     */
    public static void checkCertifiable(Waivers waivers, List<Profile> profiles) {
        for (Waiver w : waivers.entries()) {
            Optional<Profile> must = profiles.stream().filter(p -> p.id().equals(w.profile()))
                    .filter(p -> p.clauses().stream().anyMatch(c -> c.id().equals(w.clause()) && c.level() == Level.MUST))
                    .findFirst();
            String problem = must.map(p -> OwnerSignature.problem(waivers.file(), p)).orElse(null);
            if (problem != null) {
                throw new BadInputException(w.location(), "--certify refuses the waiver for " + w.label()
                        + ": it waives a MUST clause, and " + problem, "a waivers file signed by the standard's owner: "
                        + OwnerSignature.signatureOf(waivers.file()).getFileName() + " (detached CMS, DER) next to it, "
                        + "by the certificate the profile names in standard.ownerCertificate");
            }
        }
    }

    private static String mismatch(Waiver w, List<Profile> profiles, Predicate<String> clauseSelected,
                                   Predicate<String> bindingSelected) {
        List<Profile> sameId = profiles.stream().filter(p -> p.id().equals(w.profile())).toList();
        if (sameId.isEmpty()) {
            return "no selected profile has the id '" + w.profile() + "' (selected: "
                    + profiles.stream().map(Profile::id).toList() + ")";
        }
        Optional<Profile> profile = sameId.stream().filter(p -> Objects.equals(edition(p), w.edition())).findFirst();
        if (profile.isEmpty()) {
            return "profile " + w.profile() + " is of edition " + edition(sameId.get(0)) + ", not '" + w.edition() + "'";
        }
        Optional<Clause> clause = profile.get().clauses().stream().filter(c -> c.id().equals(w.clause())).findFirst();
        if (clause.isEmpty()) {
            return "profile " + w.profile() + " has no clause '" + w.clause() + "'";
        }
        if (!clauseSelected.test(w.clause())) {
            return "clause " + w.clause() + " is not selected (--clause, --exclude-clause)";
        }
        if (w.binding() != null) {
            List<String> ids = profile.get().bindings().stream().map(Binding::id).toList();
            if (!ids.contains(w.binding())) {
                return "profile " + w.profile() + " has no binding '" + w.binding() + "' (it has " + ids + ")";
            }
            if (!clause.get().bindings().isEmpty() && !clause.get().bindings().contains(w.binding())) {
                return "clause " + w.clause() + " does not run over binding " + w.binding() + " (only "
                        + clause.get().bindings() + ")";
            }
            if (!bindingSelected.test(w.binding())) {
                return "binding " + w.binding() + " is not selected (--binding)";
            }
        }
        if (w.caseId() != null && clause.get().generate() == null) {
            return "clause " + w.clause() + " has no generated cases, so no case '" + w.caseId() + "'";
        }
        return null;
    }

    private static String edition(Profile profile) {
        return profile.standard() == null ? null : profile.standard().edition();
    }
}
