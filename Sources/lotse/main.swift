StandardStreams.prepare()
Askpass.runIfAsked()
Run.reportSettingsIssues()
LotseCommand.main(GlobalOptions.reorder(Array(CommandLine.arguments.dropFirst())))
