package org.thingconform.suite;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectDirectories;
import org.junit.platform.suite.api.Suite;
import org.junit.platform.suite.api.SuiteDisplayName;

/**
 * Runs every shipped profile under test-profiles/ against the embedded reference
 * platform, through Surefire: each clause is counted as a test of the build. The
 * name ends in {@code Test} so that Surefire picks the suite up.
 */
@Suite
@SuiteDisplayName("Shipped profiles against the reference platform")
@IncludeEngines("thingconform")
@SelectDirectories("test-profiles")
@ConfigurationParameter(key = "thingconform.reports.dir", value = "target/thingconform-reports")
// The embedded platform delivers on loopback within milliseconds: the build watches 300 ms for "nothing
// reaches the device" instead of the profiles' 1 s, as a platform's IXIT may set it (run --param does the same).
@ConfigurationParameter(key = "thingconform.parameters", value = "quietPeriod=300ms")
class ShippedProfilesSuiteTest {
}
