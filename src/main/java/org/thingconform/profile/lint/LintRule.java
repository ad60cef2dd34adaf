package org.thingconform.profile.lint;

import java.util.List;

/** One check of a profile. Each rule is small, knows its own rule ids and explains its findings. */
public interface LintRule {

    List<Finding> check(LintTarget target);
}
