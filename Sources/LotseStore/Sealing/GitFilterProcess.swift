import Foundation

/// git's long-running filter protocol (gitattributes(5), "Long Running Filter Process"):
/// one process seals every record file that enters the index and opens every one that is
/// checked out, for a whole `git add` or `git checkout` of 100,000 files. pkt-lines: four
/// hex digits of length, then the data; `0000` ends a list.
///
/// Never fails a file: a file that cannot be sealed or opened is passed on as it came,
/// because the filter is `required` and a failure would stop git in the middle of its work.
public struct GitFilterProcess {
    let input: Int32
    let output: Int32
    var sealer: RecordSealer
    /// Where the ring is kept when sealing made a key.
    let gitFolder: URL
    var buffer = [UInt8]()
    var position = 0
    /// Where each read lands before it joins `buffer`: one allocation for the whole run.
    var scratch = [UInt8](repeating: 0, count: 65536)

    /// What a value whose key a purge destroyed reads in the working tree.
    let shredded: String

    public init(store root: URL, shredded: String = "gelöscht", input: Int32 = 0, output: Int32 = 1) {
        self.shredded = shredded
        self.input = input
        self.output = output
        gitFolder = root.appendingPathComponent(".git")
        sealer = RecordSealer(store: root)
    }

    /// Runs until git closes the pipe. False when git spoke another protocol.
    public mutating func run() -> Bool {
        guard readList()?.first == "git-filter-client" else { return false }
        write(["git-filter-server", "version=2"])
        guard let offered = readList() else { return false }
        write(["clean", "smudge"].filter { offered.contains("capability=\($0)") }.map { "capability=\($0)" })
        while let header = readList() {
            let fields = Dictionary(header.compactMap { line -> (String, String)? in
                guard let equals = line.firstIndex(of: "=") else { return nil }
                return (String(line[..<equals]), String(line[line.index(after: equals)...]))
            }, uniquingKeysWith: { first, _ in first })
            guard let content = readContent() else { return false }
            let path = fields["pathname"] ?? ""
            let answer: Data
            switch fields["command"] {
            case "clean":
                let before = sealer.ring.keys.count
                answer = sealer.seal(content, path: path)
                // A key is safe on disk before git stores the first value it sealed.
                if sealer.ring.keys.count != before { keepRing() }
            case "smudge":
                answer = sealer.unseal(content, placeholder: shredded, destroyedOnly: true, recordID: Self.recordID(of: path))
            default: answer = content
            }
            // The status, the content and the closing flush in one write: git, waiting for
            // the answer, wakes once per file rather than three times.
            var response = list(["status=success"])
            appendContent(answer, to: &response)
            response += Self.flush
            send(response)
        }
        return true
    }

    /// The id a record file's name gives ("questions/ID.json" → ID); nil for other paths.
    static func recordID(of path: String) -> String? {
        RecordKind.record(at: path)?.id
    }

    mutating func keepRing() {
        // Another process (a merge driver) may have made keys meanwhile: both are kept.
        let onDisk = KeyRing.read(gitFolder: gitFolder) ?? KeyRing()
        sealer.ring = onDisk.merged(with: sealer.ring)
        try? sealer.ring.write(gitFolder: gitFolder)
        sealer = RecordSealer(ring: sealer.ring, policy: sealer.policy)
    }

    // MARK: - pkt-lines

    mutating func fill(_ count: Int) -> Bool {
        while buffer.count - position < count {
            if position > 0 {
                buffer.removeFirst(position)
                position = 0
            }
            let input = input
            let got = scratch.withUnsafeMutableBytes { Foundation.read(input, $0.baseAddress, 65536) }
            if got <= 0 { return false }
            buffer.append(contentsOf: scratch[0 ..< got])
        }
        return true
    }

    /// One packet; nil at a flush; `.none` (outer nil) at the end of input.
    mutating func readPacket() -> [UInt8]?? {
        guard fill(4), let length = Int(String(decoding: buffer[position ..< position + 4], as: UTF8.self), radix: 16) else {
            return .none
        }
        position += 4
        if length == 0 { return .some(nil) }
        guard length > 4, fill(length - 4) else { return .none }
        let packet = Array(buffer[position ..< position + length - 4])
        position += length - 4
        return .some(packet)
    }

    /// Text packets up to a flush; nil at the end of input.
    mutating func readList() -> [String]? {
        var lines: [String] = []
        while true {
            guard let packet = readPacket() else { return nil }
            guard let packet else { return lines }
            var text = String(decoding: packet, as: UTF8.self)
            if text.hasSuffix("\n") { text.removeLast() }
            lines.append(text)
        }
    }

    mutating func readContent() -> Data? {
        var data = Data()
        while true {
            guard let packet = readPacket() else { return nil }
            guard let packet else { return data }
            data.append(contentsOf: packet)
        }
    }

    func send(_ bytes: [UInt8]) {
        var offset = 0
        while offset < bytes.count {
            let wrote = bytes[offset...].withUnsafeBytes { Foundation.write(output, $0.baseAddress, $0.count) }
            if wrote <= 0 { return }
            offset += wrote
        }
    }

    static let flush = Array("0000".utf8)
    static let hex = Array("0123456789abcdef".utf8)

    /// One pkt-line: four hex digits of length (its own four included), then the data.
    func appendPacket(_ payload: ArraySlice<UInt8>, to out: inout [UInt8]) {
        let length = payload.count + 4
        for shift in [12, 8, 4, 0] { out.append(Self.hex[(length >> shift) & 0xF]) }
        out += payload
    }

    /// Text packets and the flush that ends them.
    func list(_ lines: [String]) -> [UInt8] {
        var bytes: [UInt8] = []
        for line in lines { appendPacket(ArraySlice((line + "\n").utf8), to: &bytes) }
        return bytes + Self.flush
    }

    func write(_ lines: [String]) { send(list(lines)) }

    /// Content in packets of at most 65,516 bytes, then a flush.
    func appendContent(_ data: Data, to out: inout [UInt8]) {
        let bytes = [UInt8](data)
        out.reserveCapacity(out.count + bytes.count + bytes.count / 65516 * 4 + 12)
        var start = 0
        while start < bytes.count {
            let end = min(bytes.count, start + 65516)
            appendPacket(bytes[start ..< end], to: &out)
            start = end
        }
        out += Self.flush
    }
}
