import ArgumentParser
import Foundation

StandardStreams.prepare()
Askpass.runIfAsked()
Run.reportSettingsIssues()
let given = Array(CommandLine.arguments.dropFirst())
let subcommands = Set(LotseCommand.configuration.subcommands.compactMap { $0.configuration.commandName })
if let misplaced = ParseErrorText.dashboardOption(before: given, subcommands: subcommands) {
    printError(misplaced)
    exit(2)
}
LotseCommand.start(DashValues.join(GlobalOptions.reorder(given)))
