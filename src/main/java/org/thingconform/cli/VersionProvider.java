package org.thingconform.cli;

import org.thingconform.result.SuiteVersion;
import picocli.CommandLine.IVersionProvider;

/** Supplies {@code --version} from the build's stamped version and the git commit it was built from. */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {"ThingConform " + SuiteVersion.get(), "built from git commit " + SuiteVersion.commit()};
    }
}
