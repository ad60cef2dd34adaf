package org.thingconform.evidence;

/** The JVM and operating system a run ran on. */
public record Environment(String javaVersion, String javaVendor, String javaVm, String osName, String osVersion,
                          String osArch) {

    /** This JVM's. */
    public static Environment current() {
        return new Environment(System.getProperty("java.version"), System.getProperty("java.vendor"),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.vm.version"),
                System.getProperty("os.name"), System.getProperty("os.version"), System.getProperty("os.arch"));
    }
}
