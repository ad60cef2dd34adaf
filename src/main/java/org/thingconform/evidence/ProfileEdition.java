package org.thingconform.evidence;

/** A profile that took part in a run, with the standard and edition it checks. */
public record ProfileEdition(String id, String standard, String edition) {

    @Override
    public String toString() {
        return id + " (" + standard + " " + edition + ")";
    }
}
