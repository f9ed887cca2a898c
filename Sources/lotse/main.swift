StandardStreams.prepare()
Run.reportSettingsIssues()
LotseCommand.main(GlobalOptions.reorder(Array(CommandLine.arguments.dropFirst())))
