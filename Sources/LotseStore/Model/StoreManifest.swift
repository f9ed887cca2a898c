/// `store.json`: what kind of store this is and the network it belongs to.
public struct StoreManifest: Codable, Hashable, Sendable {
    public static let currentSchemaVersion = 1

    public var schemaVersion: Int
    /// The network's name, shown in the title line.
    public var network: String
    /// The district whose integration centre runs the network.
    public var district: String
    /// The editable list of question categories.
    public var categories: [String]
    /// How long personal data is kept; nil: `RetentionPolicy.standard`.
    public var retention: RetentionPolicy?
    /// How the volunteers' guide is published; nil: `GuideSettings()`.
    public var guide: GuideSettings?

    /// The guide's settings in force.
    public var guideInForce: GuideSettings { guide ?? GuideSettings() }

    /// The policy in force.
    public var retentionInForce: RetentionPolicy { retention ?? .standard }

    public init(schemaVersion: Int = StoreManifest.currentSchemaVersion, network: String, district: String, categories: [String]) {
        self.schemaVersion = schemaVersion
        self.network = network
        self.district = district
        self.categories = categories
    }

    public static let defaultCategories = [
        "Aufenthalt/Asylverfahren",
        "Familiennachzug",
        "Leistungen (AsylbLG, Jobcenter)",
        "Arbeit/Ausbildung",
        "Sprache/Integrationskurs",
        "Wohnen",
        "Schule/Kita",
        "Gesundheit",
        "Mobilität",
        "Sprachmittlung",
        "Ehrenamt selbst",
        "Freizeit",
        "Rückkehr",
    ]
}
