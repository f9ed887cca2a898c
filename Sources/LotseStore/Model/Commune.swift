/// A commune (Kommune) of the district. Its id is a slug that never changes, so that
/// questions and meetings can refer to it even when its display name is corrected.
public struct Commune: Codable, Hashable, Sendable, Identifiable {
    public enum Kind: String, KnownValue, Sendable {
        case city = "stadt"
        case municipality = "gemeinde"
    }

    public var id: String
    public var name: String
    public var kind: Kind
    public var coordinators: [Coordinator]
    public var notes: String
    /// Hidden from pickers and panels, kept in the history and the exports: for a commune
    /// that records still refer to but that no longer takes part.
    public var archived: Bool
    /// Communes merged into this one (a municipal merger): their slug still finds it, and
    /// a report for an earlier year still reads right ("ehemals Bergkamen").
    public var formerly: [FormerCommune]

    public init(id: String, name: String, kind: Kind, coordinators: [Coordinator] = [], notes: String = "",
                archived: Bool = false, formerly: [FormerCommune] = []) {
        self.id = id
        self.name = name
        self.kind = kind
        self.coordinators = coordinators
        self.notes = notes
        self.archived = archived
        self.formerly = formerly
    }

    private enum CodingKeys: String, CodingKey {
        case id, name, kind, coordinators, notes, archived, formerly
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        name = try container.decode(String.self, forKey: .name)
        kind = try container.decode(Kind.self, forKey: .kind)
        coordinators = try container.decode([Coordinator].self, forKey: .coordinators)
        notes = try container.decode(String.self, forKey: .notes)
        archived = try container.decodeIfPresent(Bool.self, forKey: .archived) ?? false
        formerly = try container.decodeIfPresent([FormerCommune].self, forKey: .formerly) ?? []
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(name, forKey: .name)
        try container.encode(kind, forKey: .kind)
        try container.encode(coordinators, forKey: .coordinators)
        try container.encode(notes, forKey: .notes)
        // Only when set, so that the files of communes in use stay as they were.
        if archived { try container.encode(archived, forKey: .archived) }
        if !formerly.isEmpty { try container.encode(formerly, forKey: .formerly) }
    }
}

/// A commune that became part of another, as the other remembers it.
public struct FormerCommune: Codable, Hashable, Sendable {
    public var slug: String
    public var name: String

    public init(slug: String, name: String) {
        self.slug = slug
        self.name = name
    }
}

/// A contact person for volunteers in a commune. Only role addresses belong here in the
/// example network: no real persons.
public struct Coordinator: Codable, Hashable, Sendable {
    public var name: String
    public var role: String
    public var phone: String
    public var email: String
    /// The person agreed to be named in the volunteers' guide; without it the guide shows
    /// the role and its addresses only.
    public var isPublic: Bool

    public init(name: String, role: String, phone: String = "", email: String = "", isPublic: Bool = false) {
        self.name = name
        self.role = role
        self.phone = phone
        self.email = email
        self.isPublic = isPublic
    }

    private enum CodingKeys: String, CodingKey {
        case name, role, phone, email
        case isPublic = "public"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        role = try container.decode(String.self, forKey: .role)
        phone = try container.decode(String.self, forKey: .phone)
        email = try container.decode(String.self, forKey: .email)
        isPublic = try container.decodeIfPresent(Bool.self, forKey: .isPublic) ?? false
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        try container.encode(role, forKey: .role)
        try container.encode(phone, forKey: .phone)
        try container.encode(email, forKey: .email)
        // Only when set, so that the files of communes stay as they were.
        if isPublic { try container.encode(isPublic, forKey: .isPublic) }
    }
}
