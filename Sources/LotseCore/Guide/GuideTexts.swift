import LotseStore

/// The texts of the volunteers' guide work in the interface, per language: release states,
/// the keys' words, what the commands say. The guide itself is German (see `GuideSite`).
public struct GuideTexts: Sendable {
    /// A state as a short label for a list row.
    public var label: @Sendable (GuideState) -> String
    /// The detail line under "Leitfaden".
    public var field: String
    public var detail: @Sendable (GuideState, Release?) -> String
    public var refusal: @Sendable (GuideRelease.Refusal) -> String
    /// After a release from the dashboard or the command line.
    public var released: @Sendable (_ id: String, _ recheck: LocalDate) -> String
    public var withdrawn: @Sendable (_ id: String) -> String
    /// The district summary's line.
    public var summary: @Sendable (_ released: Int, _ review: Int) -> String
    /// `lotse knowledge due`.
    public var dueHeading: @Sendable (Int) -> String
    public var nothingDue: String
    public var dueReason: @Sendable (GuideState, Release) -> String
    /// A released text that the personal-data check flags: `publish` will stop at it.
    public var flagged: @Sendable (_ what: String) -> String
    /// The coordinator form's choice: the role alone in the guide, or with the name.
    public var roleOnly, withName: String
}

extension Language {
    public var guideTexts: GuideTexts { self == .de ? .german : .english }
}

extension GuideTexts {
    public static let german = GuideTexts(
        label: { state in
            switch state {
            case .unreleased: return "intern"
            case .released: return "freigegeben"
            case .changed, .due: return "⚠ prüfen"
            }
        },
        field: "Leitfaden",
        detail: { state, release in
            switch (state, release) {
            case (.released, let release?):
                return "freigegeben von \(release.by) am \(Format.day(release.date)) · Stand \(Format.shortDate(release.stand)) · prüfen bis \(Format.shortDate(release.recheck))"
            case (.due, let release?):
                return "⚠ prüfen: „prüfen bis“ \(Format.shortDate(release.recheck)) ist vorbei (Stand \(Format.shortDate(release.stand)))"
            case (.changed, let release?):
                return "⚠ prüfen: seit der Freigabe am \(Format.day(release.date)) geändert, erscheint erst nach neuer Freigabe"
            default:
                return "intern (nicht freigegeben)"
            }
        },
        refusal: { refusal in
            switch refusal {
            case .notAnswered(let id):
                return "\(id) ist noch nicht beantwortet: erst eine Antwort eintragen (`lotse questions answer \(id) --text …`), dann freigeben."
            case .merged(let id, let target):
                return "\(id) ist in \(target) zusammengeführt: die Frage \(target) freigeben."
            case .recheckNotAfter(let day, let today):
                return "„prüfen bis“ \(Format.shortDate(day)) liegt nicht nach heute (\(Format.shortDate(today))): ein späteres Datum angeben."
            case .notReleased(let id):
                return "\(id) ist nicht freigegeben: nichts zurückzuziehen."
            }
        },
        released: { id, recheck in "✓ \(id) für Ehrenamtliche freigegeben, prüfen bis \(Format.shortDate(recheck))" },
        withdrawn: { id in "\(id) zurückgezogen: erscheint nicht mehr im Leitfaden" },
        summary: { released, review in
            "\(released) freigegeben" + (review > 0 ? " · ⚠ \(review) zu prüfen" : "")
        },
        dueHeading: { count in count == 1 ? "1 Antwort im Leitfaden ist zu prüfen:" : "\(count) Antworten im Leitfaden sind zu prüfen:" },
        nothingDue: "Keine Antwort im Leitfaden ist zu prüfen.",
        dueReason: { state, release in
            switch state {
            case .changed: return "seit der Freigabe am \(Format.day(release.date)) geändert"
            case .due: return "prüfen bis \(Format.shortDate(release.recheck)) (vorbei)"
            default: return "prüfen bis \(Format.shortDate(release.recheck))"
            }
        },
        flagged: { what in "⚠ Der Text enthält womöglich \(what): `lotse publish` veröffentlicht ihn erst, wenn er umgeschrieben oder als Fehlalarm bestätigt ist (--confirm)." },
        roleOnly: "nur die Rolle", withName: "mit Namen")

    public static let english = GuideTexts(
        label: { state in
            switch state {
            case .unreleased: return "internal"
            case .released: return "released"
            case .changed, .due: return "⚠ review"
            }
        },
        field: "Guide",
        detail: { state, release in
            switch (state, release) {
            case (.released, let release?):
                return "released by \(release.by) on \(Format.day(release.date)) · as of \(Format.shortDate(release.stand)) · review by \(Format.shortDate(release.recheck))"
            case (.due, let release?):
                return "⚠ review: “review by” \(Format.shortDate(release.recheck)) has passed (as of \(Format.shortDate(release.stand)))"
            case (.changed, let release?):
                return "⚠ review: changed since it was released on \(Format.day(release.date)), published only once released again"
            default:
                return "internal (not released)"
            }
        },
        refusal: { refusal in
            switch refusal {
            case .notAnswered(let id):
                return "\(id) is not answered yet: give it an answer first (`lotse questions answer \(id) --text …`), then release it."
            case .merged(let id, let target):
                return "\(id) was merged into \(target): release \(target) instead."
            case .recheckNotAfter(let day, let today):
                return "“review by” \(Format.shortDate(day)) is not after today (\(Format.shortDate(today))): give a later day."
            case .notReleased(let id):
                return "\(id) is not released: nothing to withdraw."
            }
        },
        released: { id, recheck in "✓ \(id) released for volunteers, review by \(Format.shortDate(recheck))" },
        withdrawn: { id in "\(id) withdrawn: no longer in the guide" },
        summary: { released, review in
            "\(released) released" + (review > 0 ? " · ⚠ \(review) to review" : "")
        },
        dueHeading: { count in count == 1 ? "1 answer in the guide wants a review:" : "\(count) answers in the guide want a review:" },
        nothingDue: "No answer in the guide wants a review.",
        dueReason: { state, release in
            switch state {
            case .changed: return "changed since it was released on \(Format.day(release.date))"
            case .due: return "review by \(Format.shortDate(release.recheck)) (passed)"
            default: return "review by \(Format.shortDate(release.recheck))"
            }
        },
        flagged: { what in "⚠ The text may contain \(what): `lotse publish` publishes it only once it is rewritten or confirmed as a false alarm (--confirm)." },
        roleOnly: "the role only", withName: "with the name")
}
