import Foundation
import LotseCore

/// What holds for the whole run, decided before anything is printed: the settings (each
/// from the command line, the environment, the settings file or its default) and so the
/// one language. Every message of the run goes through its table, so no run mixes two.
enum Run {
    static let settings = Settings(arguments: CommandLine.arguments, environment: ProcessInfo.processInfo.environment)

    static let language: Language = settings.language

    /// Who logs and answers: `--user`, else `LOTSE_USER`, else the settings file.
    static func user(_ option: String?) -> String {
        option.flatMap { $0.isEmpty ? nil : $0 } ?? settings.user.value ?? "Koordination"
    }

    /// What is wrong in the settings file, said once at start; Lotse goes on with the rest.
    static func reportSettingsIssues() {
        for issue in settings.issues {
            printError("lotse: \(settings.file.path): " + messages.settingsIssue(issue))
        }
    }

    static var messages: Messages { language.messages }
}
