package org.thingconform.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.thingconform.profile.IcsItem;
import org.thingconform.profile.Profile;

/**
 * The ICS answers a run uses, resolved fail-closed: an explicit override wins, then the
 * platform descriptor's answer; the embedded reference platform implements every option
 * of the shipped profiles and answers yes; otherwise only an explicit default fills the
 * gap, and whatever is still unanswered is listed as missing so the run can refuse to start.
 *
 * @param answers   ICS id → answer, for every item of the run's profiles that has one
 * @param defaulted the items answered by the explicit default
 * @param missing   the items nobody answered, with their questions
 */
public record IcsAnswers(Map<String, Boolean> answers, Set<String> defaulted, List<IcsItem> missing) {

    public IcsAnswers {
        answers = Map.copyOf(answers);
        defaulted = Set.copyOf(defaulted);
        missing = List.copyOf(missing);
    }

    public static IcsAnswers resolve(List<Profile> profiles, Map<String, Boolean> descriptor,
                                     Map<String, Boolean> overrides, Optional<Boolean> fallback, boolean embedded) {
        Map<String, Boolean> answers = new LinkedHashMap<>();
        Set<String> defaulted = new LinkedHashSet<>();
        List<IcsItem> missing = new ArrayList<>();
        for (Profile profile : profiles) {
            for (IcsItem item : profile.ics()) {
                String id = item.id();
                if (answers.containsKey(id) || missing.stream().anyMatch(m -> m.id().equals(id))) {
                    continue;
                }
                if (overrides.containsKey(id)) {
                    answers.put(id, overrides.get(id));
                } else if (descriptor.containsKey(id)) {
                    answers.put(id, descriptor.get(id));
                } else if (embedded) {
                    answers.put(id, true);
                } else if (fallback.isPresent()) {
                    answers.put(id, fallback.get());
                    defaulted.add(id);
                } else {
                    missing.add(item);
                }
            }
        }
        return new IcsAnswers(answers, defaulted, missing);
    }

    /** One line naming every missing answer, for the fail-closed refusal. */
    public String missingMessage() {
        StringBuilder message = new StringBuilder("the platform descriptor leaves ").append(missing.size())
                .append(" ICS item(s) unanswered:");
        missing.forEach(item -> message.append(' ').append(item.id()).append(" (").append(item.question()).append(')')
                .append(item == missing.get(missing.size() - 1) ? "" : ";"));
        return message.append("; expected an answer for each under 'ics:' in the descriptor, or --ics ID=yes|no, ")
                .append("or --ics-default yes|no").toString();
    }
}
