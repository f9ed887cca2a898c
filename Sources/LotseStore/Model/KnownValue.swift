/// Decodes a string-backed enum and, for an unknown value, throws an error that names the
/// valid ones, so that `lotse check` can tell a coordinator what to write instead.
func decodeKnownValue<T: RawRepresentable & CaseIterable>(from decoder: Decoder) throws -> T
where T.RawValue == String {
    let container = try decoder.singleValueContainer()
    let raw = try container.decode(String.self)
    if let value = T(rawValue: raw) { return value }
    let valid = T.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")
    throw DecodingError.dataCorruptedError(
        in: container,
        debugDescription: "unknown value \"\(raw)\" (valid: \(valid))"
    )
}
