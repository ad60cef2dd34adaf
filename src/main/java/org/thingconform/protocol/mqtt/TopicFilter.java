package org.thingconform.protocol.mqtt;

/**
 * MQTT topic filter matching (4.7): which filters a topic name matches, for the checks that
 * judge delivery against a client's subscriptions and for the reference's fault proxy.
 */
public final class TopicFilter {

    private static final String SHARE = "$share/";

    private TopicFilter() {
    }

    /**
     * Whether {@code filter} matches {@code topic}; wildcards at the start do not match '$' topics.
     * A shared subscription's filter ({@code $share/NAME/filter}) matches as its filter part.
     */
    public static boolean matches(String subscribed, String topic) {
        String filter = isShared(subscribed) ? subscribed.substring(subscribed.indexOf('/', SHARE.length()) + 1) : subscribed;
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

    /** Whether {@code filter} names an MQTT 5 shared subscription (4.8.2): {@code $share/NAME/filter}. */
    public static boolean isShared(String filter) {
        return filter.startsWith(SHARE) && filter.indexOf('/', SHARE.length()) > SHARE.length();
    }

    /** Whether a filter breaks 4.7.1's '#' rule: '#' only as the last level. */
    public static boolean misplacedMultiLevel(String filter) {
        int hash = filter.indexOf('#');
        return hash >= 0 && (hash != filter.length() - 1 || (hash > 0 && filter.charAt(hash - 1) != '/'));
    }
}
