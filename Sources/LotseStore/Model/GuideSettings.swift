/// The volunteers' guide ("Leitfaden") as the network publishes it, in `store.json` so that
/// every clone publishes the same edition: its title, the line that stands for a logo,
/// the imprint, and how long a released answer holds before it must be checked again.
public struct GuideSettings: Codable, Hashable, Sendable {
    /// The guide's title; nil: "Leitfaden für Ehrenamtliche" with the district's name.
    public var title: String?
    /// A line of text in the place of a logo ("Kommunales Integrationszentrum Kreis Soest").
    public var logoText: String?
    /// The imprint line: who publishes it, an address, a contact.
    public var imprint: String?
    /// Months a released answer holds; nil: 12.
    public var recheckMonths: Int?
    /// Months per category where rules change faster or slower than that.
    public var categoryRecheckMonths: [String: Int]?

    public init(title: String? = nil, logoText: String? = nil, imprint: String? = nil, recheckMonths: Int? = nil,
                categoryRecheckMonths: [String: Int]? = nil) {
        self.title = title
        self.logoText = logoText
        self.imprint = imprint
        self.recheckMonths = recheckMonths
        self.categoryRecheckMonths = categoryRecheckMonths
    }

    public static let standardRecheckMonths = 12

    /// How many months an answer of this category holds once released.
    public func recheckMonths(for category: String) -> Int {
        if let months = categoryRecheckMonths?[category], months > 0 { return months }
        if let months = recheckMonths, months > 0 { return months }
        return Self.standardRecheckMonths
    }
}
