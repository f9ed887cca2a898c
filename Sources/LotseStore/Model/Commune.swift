/// A commune (Kommune) of the district. Its id is a slug that never changes, so that
/// questions and meetings can refer to it even when its display name is corrected.
public struct Commune: Codable, Equatable, Sendable, Identifiable {
    public enum Kind: String, KnownValue, Sendable {
        case city = "stadt"
        case municipality = "gemeinde"
    }

    public var id: String
    public var name: String
    public var kind: Kind
    public var coordinators: [Coordinator]
    public var notes: String

    public init(id: String, name: String, kind: Kind, coordinators: [Coordinator] = [], notes: String = "") {
        self.id = id
        self.name = name
        self.kind = kind
        self.coordinators = coordinators
        self.notes = notes
    }
}

/// A contact person for volunteers in a commune. Only role addresses belong here in the
/// example network: no real persons.
public struct Coordinator: Codable, Equatable, Sendable {
    public var name: String
    public var role: String
    public var phone: String
    public var email: String

    public init(name: String, role: String, phone: String = "", email: String = "") {
        self.name = name
        self.role = role
        self.phone = phone
        self.email = email
    }
}
