package org.thingconform.protocol.mqtt;

/**
 * MQTT topic filter matching (4.7): which filters a topic name matches, for the checks that
 * judge delivery against a client's subscriptions and for the reference's fault proxy.
 */
public final class TopicFilter {

    private TopicFilter() {
    }

    /** Whether {@code filter} matches {@code topic}; wildcards at the start do not match '$' topics. */
    public static boolean matches(String filter, String topic) {
        if (topic.startsWith("$") && (filter.startsWith("+") || filter.startsWith("#"))) {
            return false;
        }
        String[] filterLevels = filter.split("/", -1);
        String[] topicLevels = topic.split("/", -1);
        for (int i = 0; i < filterLevels.length; i++) {
            if (filterLevels[i].equals("#")) {
                return true;
            }
            if (i >= topicLevels.length || !(filterLevels[i].equals("+") || filterLevels[i].equals(topicLevels[i]))) {
                return false;
            }
        }
        return filterLevels.length == topicLevels.length;
    }

    /** Whether a filter breaks 4.7.1's '#' rule: '#' only as the last level. */
    public static boolean misplacedMultiLevel(String filter) {
        int hash = filter.indexOf('#');
        return hash >= 0 && (hash != filter.length() - 1 || (hash > 0 && filter.charAt(hash - 1) != '/'));
    }
}
