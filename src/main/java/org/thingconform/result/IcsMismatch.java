package org.thingconform.result;

/**
 * The platform behaved unlike its ICS answer: it did what it answered it does not implement, or
 * a clause that shows an item it answered yes to failed. Reported with the test that observed it,
 * whose trace is the evidence.
 *
 * @param item     the ICS item
 * @param declared the platform's answer
 * @param observed what the test showed, in words
 */
public record IcsMismatch(String item, boolean declared, String observed) {

    /** One line: {@code ALINK_HTTP: answered no; observed …}. */
    public String describe() {
        return item + ": answered " + (declared ? "yes" : "no") + "; " + observed;
    }
}
