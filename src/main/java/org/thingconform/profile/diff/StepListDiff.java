package org.thingconform.profile.diff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.thingconform.profile.step.Step;

/**
 * Compares two step lists ({@code given} or {@code steps}) of one clause. Equal steps are
 * aligned by a longest common subsequence, so inserting a step reports one added step, not
 * every later step as changed. Between aligned steps, an old and a new step of the same
 * kind are one changed step, with each changed argument named; positions are 1-based, in
 * the new edition for added and changed steps, in the old one for removed steps.
 */
final class StepListDiff {

    private final String name;
    private final List<Step> before;
    private final List<Step> after;
    private final List<FieldChange> changes = new ArrayList<>();

    private StepListDiff(String name, List<Step> before, List<Step> after) {
        this.name = name;
        this.before = before;
        this.after = after;
    }

    static List<FieldChange> compare(String name, List<Step> before, List<Step> after) {
        StepListDiff diff = new StepListDiff(name, before, after);
        diff.walk();
        return diff.changes;
    }

    private void walk() {
        int n = before.size();
        int m = after.size();
        int[][] common = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                common[i][j] = StepView.same(before.get(i), after.get(j)) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<Integer> oldGap = new ArrayList<>();
        List<Integer> newGap = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (StepView.same(before.get(i), after.get(j))) {
                gap(oldGap, newGap);
                i++;
                j++;
            } else if (common[i + 1][j] >= common[i][j + 1]) {
                oldGap.add(i++);
            } else {
                newGap.add(j++);
            }
        }
        while (i < n) {
            oldGap.add(i++);
        }
        while (j < m) {
            newGap.add(j++);
        }
        gap(oldGap, newGap);
    }

    /** Reports the unaligned steps between two aligned ones, and empties the gap. */
    private void gap(List<Integer> oldGap, List<Integer> newGap) {
        int paired = Math.min(oldGap.size(), newGap.size());
        for (int k = 0; k < paired; k++) {
            Step old = before.get(oldGap.get(k));
            Step now = after.get(newGap.get(k));
            if (old.kind().equals(now.kind())) {
                arguments(newGap.get(k), old, now);
            } else {
                changes.add(new FieldChange(position(oldGap.get(k)), StepView.render(old), null));
                changes.add(new FieldChange(position(newGap.get(k)), null, StepView.render(now)));
            }
        }
        oldGap.subList(paired, oldGap.size())
                .forEach(k -> changes.add(new FieldChange(position(k), StepView.render(before.get(k)), null)));
        newGap.subList(paired, newGap.size())
                .forEach(k -> changes.add(new FieldChange(position(k), null, StepView.render(after.get(k)))));
        oldGap.clear();
        newGap.clear();
    }

    private void arguments(int index, Step old, Step now) {
        ObjectNode a = StepView.of(old);
        ObjectNode b = StepView.of(now);
        Set<String> names = new LinkedHashSet<>();
        b.fieldNames().forEachRemaining(names::add);
        a.fieldNames().forEachRemaining(names::add);
        for (String argument : names) {
            if (!StepView.same(a.get(argument), b.get(argument))) {
                changes.add(new FieldChange(position(index) + "." + argument, text(a.get(argument)), text(b.get(argument))));
            }
        }
    }

    private String position(int index) {
        return name + "[" + (index + 1) + "]";
    }

    private static String text(JsonNode value) {
        return value == null ? null : value.isTextual() ? value.asText() : value.toString();
    }
}
