import Foundation

/// A real Chromium, headless, driven through WebDriver (chromedriver from Debian) for what a
/// volunteer does with the guide: open it from a folder, type into its search, read what
/// shows. The requests go through curl, so that no HTTP client is written here.
final class Browser {
    enum Failure: Error, CustomStringConvertible {
        case missing(String)
        case request(String)

        var description: String {
            switch self {
            case .missing(let what): return "\(what) is not installed; .ci/run installs it (apt-get install chromium chromium-driver)"
            case .request(let text): return "WebDriver: \(text)"
            }
        }
    }

    static let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first { FileManager.default.isExecutableFile(atPath: $0) }
    static let driver = ["/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver"].first { FileManager.default.isExecutableFile(atPath: $0) }

    private let pid: pid_t
    private let port: Int
    private let session: String
    private let profile: String

    init() throws {
        guard let chromium = Self.chromium else { throw Failure.missing("chromium") }
        guard let driver = Self.driver else { throw Failure.missing("chromedriver") }
        port = GitServers.freePort()
        profile = FileManager.default.temporaryDirectory.appendingPathComponent("lotse-browser-\(UUID().uuidString)").path
        guard let started = Spawn.start([driver, "--port=\(port)"], environment: Lotse.environment()) else {
            throw Failure.missing("chromedriver")
        }
        pid = started
        guard GitServers.waitForListener(port, timeout: 20) else {
            GitServers.stop(pid)
            throw Failure.request("chromedriver did not listen on \(port)")
        }
        let capabilities: [String: Any] = ["capabilities": ["alwaysMatch": ["goog:chromeOptions": [
            "binary": chromium,
            "args": ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--user-data-dir=\(profile)",
                     "--window-size=1200,900"],
        ]]]]
        do {
            let answer = try Self.call(port, "POST", "/session", capabilities)
            guard let id = (answer as? [String: Any])?["sessionId"] as? String else { throw Failure.request("no session in \(answer)") }
            session = id
        } catch {
            GitServers.stop(pid)
            throw error
        }
    }

    deinit {
        _ = try? Self.call(port, "DELETE", "/session/\(session)", nil)
        GitServers.stop(pid)
        try? FileManager.default.removeItem(atPath: profile)
    }

    func open(_ url: URL) throws {
        _ = try Self.call(port, "POST", "/session/\(session)/url", ["url": url.absoluteString])
    }

    /// Types into the element the selector finds, key by key as a user would.
    func type(_ text: String, into selector: String) throws {
        let element = try find(selector)
        _ = try Self.call(port, "POST", "/session/\(session)/element/\(element)/value", ["text": text])
    }

    func clear(_ selector: String) throws {
        let element = try find(selector)
        _ = try Self.call(port, "POST", "/session/\(session)/element/\(element)/clear", [String: Any]())
    }

    /// Runs a script in the page and returns what it returns.
    func evaluate(_ script: String) throws -> Any {
        try Self.call(port, "POST", "/session/\(session)/execute/sync", ["script": script, "args": [Any]()])
    }

    /// The texts of the elements the selector finds that are shown (not hidden).
    func visibleTexts(_ selector: String) throws -> [String] {
        let script = "return Array.from(document.querySelectorAll(\(Self.quoted(selector)))).filter(e => e.offsetParent !== null).map(e => e.textContent.trim());"
        return try evaluate(script) as? [String] ?? []
    }

    private func find(_ selector: String) throws -> String {
        let answer = try Self.call(port, "POST", "/session/\(session)/element", ["using": "css selector", "value": selector])
        guard let element = (answer as? [String: Any])?.first(where: { $0.key.hasPrefix("element-") })?.value as? String else {
            throw Failure.request("no element \(selector): \(answer)")
        }
        return element
    }

    private static func quoted(_ text: String) -> String {
        let data = (try? JSONSerialization.data(withJSONObject: [text])) ?? Data("[\"\"]".utf8)
        return String(String(decoding: data, as: UTF8.self).dropFirst().dropLast())
    }

    /// One WebDriver request; the answer's `value`.
    private static func call(_ port: Int, _ method: String, _ path: String, _ body: Any?) throws -> Any {
        var arguments = ["curl", "-s", "-m", "60", "-X", method, "http://127.0.0.1:\(port)\(path)", "-H", "Content-Type: application/json"]
        if let body {
            let data = try JSONSerialization.data(withJSONObject: body)
            arguments += ["--data-binary", String(decoding: data, as: UTF8.self)]
        }
        let result = Spawn.run(arguments, environment: Lotse.environment())
        guard result.status == 0 else { throw Failure.request("\(method) \(path): curl exit \(result.status) \(result.error)") }
        guard let json = try? JSONSerialization.jsonObject(with: Data(result.output.utf8), options: [.fragmentsAllowed]) as? [String: Any] else {
            throw Failure.request("\(method) \(path): \(result.output)")
        }
        if let value = json["value"] as? [String: Any], let error = value["error"] as? String {
            throw Failure.request("\(method) \(path): \(error) \(value["message"] ?? "")")
        }
        return json["value"] ?? NSNull()
    }

    /// Chromium's own print to PDF of a page, as a volunteer's "print" gives it; the PDF's bytes.
    static func printToPDF(_ url: URL) throws -> Data {
        guard let chromium else { throw Failure.missing("chromium") }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lotse-print-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let pdf = folder.appendingPathComponent("out.pdf").path
        let result = Spawn.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                                "--user-data-dir=\(folder.path)/profile", "--no-pdf-header-footer", "--print-to-pdf=\(pdf)",
                                url.absoluteString], environment: Lotse.environment())
        guard let data = FileManager.default.contents(atPath: pdf) else {
            throw Failure.request("print to PDF failed (exit \(result.status)): \(result.error.suffix(400))")
        }
        return data
    }

    /// The pages of a PDF as Chromium writes it: one `/Type /Page` dictionary each.
    static func pageCount(_ pdf: Data) -> Int {
        let text = String(decoding: pdf, as: Unicode.ASCII.self)
        var count = 0
        var rest = text[...]
        while let range = rest.range(of: "/Type /Page") {
            let next = rest[range.upperBound...].first
            if next != "s" { count += 1 }
            rest = rest[range.upperBound...]
        }
        return count
    }
}
