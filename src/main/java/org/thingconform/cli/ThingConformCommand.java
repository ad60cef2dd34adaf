package org.thingconform.cli;

import picocli.CommandLine.Command;

/** The top-level {@code thingconform} command; its subcommands do the work. */
@Command(name = "thingconform", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Conformance test suite for IoT thing-model and platform-interconnection standards.",
        subcommands = {RunCommand.class, ReportCommand.class, MutateCommand.class, ReferenceCommand.class, ExportModelCommand.class,
                LintCommand.class, CoverageCommand.class, DiffCommand.class, ValidateCommand.class, MatrixCommand.class, VerifyCommand.class,
                MergeCommand.class})
final class ThingConformCommand {
}
