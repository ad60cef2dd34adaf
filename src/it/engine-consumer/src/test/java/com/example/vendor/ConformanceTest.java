package com.example.vendor;

import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.Suite;

/**
 * The vendor's conformance run under Surefire: the ThingConform engine runs the profiles that
 * junit-platform.properties names (thingconform.profiles) against the platform it names (thingconform.platform),
 * one test per clause. Surefire reports tests by class, hence a suite class whose name ends in Test.
 */
@Suite
@IncludeEngines("thingconform")
class ConformanceTest {
}
