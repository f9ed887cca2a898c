import Foundation
import LotseStore

/// How a sync conflict is named to a person: the record by its title, the field by the
/// name the screens use.
public enum ConflictLabel {
    /// "„Wohnsitzauflage …“ (01J…)"; nil when the record is gone.
    public static func record(_ conflict: SyncConflict, in network: Network) -> String? {
        let title: String?
        switch conflict.kind {
        case .question: title = network.questions.first { $0.id == conflict.recordID }?.title
        case .meeting: title = network.meetings.first { $0.id == conflict.recordID }?.title
        case .commune: title = network.communes.first { $0.id == conflict.recordID }?.name
        }
        return title.map { "„" + TerminalSafe.visible($0, keeping: []) + "“" }
    }

    /// Who set a value and when, in local time: "Anna Beispiel · 03.12.2026 14:05"; nil
    /// when the conflict does not know (written by an older Lotse).
    public static func origin(by: String?, at: String?, timeZone: TimeZone = .current) -> String? {
        let when = at.flatMap(Self.instant).map { date -> String in
            let local = LocalDateTime(date, in: timeZone)
            return Format.shortDate(local.date) + " " + Format.time(local.hour, local.minute)
        }
        let parts = [by.map { TerminalSafe.line($0, width: 40) }, when].compactMap { $0 }.filter { !$0.isEmpty }
        return parts.isEmpty ? nil : parts.joined(separator: " · ")
    }

    private static func instant(_ text: String) -> Date? {
        let plain = ISO8601DateFormatter()
        if let date = plain.date(from: text) { return date }
        let fractional = ISO8601DateFormatter()
        fractional.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return fractional.date(from: text)
    }

    /// The field's name; inside a list element, the outer field's name and the element's
    /// field, both by the names the screens use ("Tagesordnung › Titel").
    public static func field(_ path: [String], messages: Messages) -> String {
        path.filter { !$0.contains(":") }.map(messages.fieldName).joined(separator: " › ")
    }
}
