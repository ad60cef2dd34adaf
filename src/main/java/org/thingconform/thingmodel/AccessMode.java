package org.thingconform.thingmodel;

/** Whether a property can only be read, or read and written, through the platform. */
public enum AccessMode {
    READ_ONLY("r"), READ_WRITE("rw");

    private final String tslCode;

    AccessMode(String tslCode) {
        this.tslCode = tslCode;
    }

    /** The TSL spelling: {@code r} or {@code rw}. */
    public String tslCode() {
        return tslCode;
    }

    /** Whether the northbound API may set the property. */
    public boolean writable() {
        return this == READ_WRITE;
    }
}
