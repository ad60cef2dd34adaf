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
class ShippedProfilesSuiteTest {
}
