import ArgumentParser

/// `lotse`: the dashboard by default, and the subcommands for stores.
struct LotseCommand: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "lotse",
        abstract: "A keyboard-driven dashboard for a network of volunteer coordinators in refugee aid.",
        discussion: """
            Without a subcommand, Lotse opens the dashboard on the default store \
            ($XDG_DATA_HOME/lotse, or ~/.local/share/lotse). --store PATH or the LOTSE_STORE \
            variable pick another. A store that does not exist yet is created with the \
            example network of Kreis Soest.
            """,
        version: version,
        subcommands: [DashboardCommand.self, QuestionsCommand.self, MeetingsCommand.self, MeasuresCommand.self, CommunesCommand.self, CategoriesCommand.self, InitCommand.self, SyncCommand.self, JoinCommand.self, KnowledgeCommand.self, PublishCommand.self, PrivacyCommand.self, PurgeCommand.self, ReportCommand.self, HistoryCommand.self, CheckCommand.self, ConfigCommand.self, MergeDriverCommand.self, GitFilterCommand.self, ManualCommand.self],
        defaultSubcommand: DashboardCommand.self
    )
}

extension LotseCommand {
    /// The argument parser's `main`, with its messages about wrong arguments and its help
    /// in the run's language (the version stays as the parser writes it).
    static func start(_ arguments: [String]) -> Never {
        if Run.language == .de, let asked = HelpText.requested(in: arguments) {
            print(HelpText.german(for: asked, width: HelpText.terminalWidth))
            exit()
        }
        var command: ParsableCommand
        do {
            command = try parseAsRoot(arguments)
        } catch {
            let code = exitCode(for: error)
            guard code != .success else { exit(withError: error) }
            printError(ParseErrorText.translate(fullMessage(for: error), to: Run.language))
            exit(withError: ExitCode(code.rawValue))
        }
        do {
            try command.run()
        } catch {
            exit(withError: error)
        }
        exit()
    }
}
