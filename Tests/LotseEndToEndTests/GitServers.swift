import Foundation

/// Real git servers on loopback, started by a test in a temporary folder of its own and
/// stopped at its end: OpenSSH's `sshd` with its own host key and `authorized_keys`, and
/// lighttpd running `git http-backend` behind basic authentication. Nothing of the
/// system's own configuration is read or changed.
enum GitServers {
    enum SetUpError: Error, CustomStringConvertible {
        case missing(String)
        case failed(String)
        var description: String {
            switch self {
            case .missing(let program): return "\(program) is not installed; run .ci/run (it installs openssh-server and lighttpd)"
            case .failed(let what): return what
            }
        }
    }

    /// A port nobody listens on now, from the kernel.
    static func freePort() -> Int {
        let probe = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(probe) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var size = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer in
                bind(probe, pointer, size)
                return getsockname(probe, pointer, &size)
            }
        }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    /// Waits until something accepts connections on `port`.
    static func waitForListener(_ port: Int, timeout: Double = 10) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            let probe = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            address.sin_port = UInt16(port).bigEndian
            let connected = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(probe, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
            }
            close(probe)
            if connected == 0 { return true }
            usleep(50_000)
        }
        return false
    }

    static func stop(_ pid: pid_t) {
        guard kill(pid, SIGTERM) == 0 else { return }
        var status: Int32 = 0
        for _ in 0 ..< 100 {
            if waitpid(pid, &status, WNOHANG) == pid { return }
            usleep(20_000)
        }
        kill(pid, SIGKILL)
        waitpid(pid, &status, 0)
    }

    static func write(_ text: String, to path: String, mode: Int = 0o600) throws {
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        chmod(path, mode_t(mode))
    }
}

/// `sshd` on 127.0.0.1 serving the repositories under its folder to this user, with
/// keys made for the test: one without a passphrase, one with.
final class SSHServer {
    let folder: String
    let port: Int
    private let pid: pid_t
    /// The passphrase of `lockedKey`.
    static let passphrase = "Möhnesee-2026"

    var openKey: String { folder + "/open_key" }
    var lockedKey: String { folder + "/locked_key" }
    var knownHosts: String { folder + "/known_hosts" }
    var user: String { NSUserName() }

    init(in folder: String) throws {
        self.folder = folder
        guard FileManager.default.isExecutableFile(atPath: "/usr/sbin/sshd") else { throw GitServers.SetUpError.missing("sshd") }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        // sshd insists on its privilege separation folder, even with a configuration of its own.
        try? FileManager.default.createDirectory(atPath: "/run/sshd", withIntermediateDirectories: true)
        for (name, passphrase) in [("host_key", ""), ("open_key", ""), ("locked_key", Self.passphrase)] {
            let made = Spawn.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", passphrase, "-C", name, "-f", folder + "/" + name],
                                 environment: Lotse.environment())
            guard made.status == 0 else { throw GitServers.SetUpError.failed("ssh-keygen: \(made.error)") }
        }
        let keys = try ["open_key", "locked_key"].map { try String(contentsOfFile: folder + "/\($0).pub", encoding: .utf8) }
        try GitServers.write(keys.joined(), to: folder + "/authorized_keys")
        port = GitServers.freePort()
        try GitServers.write("""
            Port \(port)
            ListenAddress 127.0.0.1
            HostKey \(folder)/host_key
            AuthorizedKeysFile \(folder)/authorized_keys
            PidFile \(folder)/sshd.pid
            StrictModes no
            PasswordAuthentication no
            KbdInteractiveAuthentication no
            UsePAM no
            PermitRootLogin prohibit-password

            """, to: folder + "/sshd_config")
        guard let pid = Spawn.start(["/usr/sbin/sshd", "-D", "-f", folder + "/sshd_config", "-E", folder + "/sshd.log"],
                                    environment: Lotse.environment()) else {
            throw GitServers.SetUpError.failed("sshd did not start")
        }
        self.pid = pid
        guard GitServers.waitForListener(port) else {
            let log = (try? String(contentsOfFile: folder + "/sshd.log", encoding: .utf8)) ?? ""
            throw GitServers.SetUpError.failed("sshd does not listen on \(port): \(log)")
        }
    }

    deinit { stop() }

    /// Ends the server (also at the end of a test that holds it in a `defer`, so that it
    /// lives as long as the test and no longer).
    func stop() { GitServers.stop(pid) }

    /// The ssh URL of a repository at `path` on this server.
    func url(_ path: String) -> String { "ssh://\(user)@127.0.0.1:\(port)\(path)" }

    /// What git runs as ssh: this key, this test's known hosts, nothing from ~/.ssh.
    func sshCommand(key: String) -> String {
        "ssh -F /dev/null -i \(key) -o IdentitiesOnly=yes -o IdentityAgent=none -o UserKnownHostsFile=\(knownHosts)"
    }

    /// The host key as ssh would record it after a "yes".
    func trustHostKey() throws {
        let key = try String(contentsOfFile: folder + "/host_key.pub", encoding: .utf8)
        let parts = key.split(separator: " ")
        try GitServers.write("[127.0.0.1]:\(port) \(parts[0]) \(parts[1])\n", to: knownHosts)
    }

    /// A known host key that is not the server's: what a changed key (or an intercepted
    /// connection) looks like to ssh.
    func trustOtherHostKey() throws {
        let other = folder + "/other_host_key"
        _ = Spawn.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", other], environment: Lotse.environment())
        let key = try String(contentsOfFile: other + ".pub", encoding: .utf8)
        let parts = key.split(separator: " ")
        try GitServers.write("[127.0.0.1]:\(port) \(parts[0]) \(parts[1])\n", to: knownHosts)
    }

    /// The fingerprint ssh shows for the server's host key.
    func fingerprint() -> String {
        let said = Spawn.run(["ssh-keygen", "-l", "-f", folder + "/host_key.pub"], environment: Lotse.environment()).output
        return said.split(separator: " ").dropFirst().first.map(String.init) ?? ""
    }
}

/// lighttpd on 127.0.0.1 serving the bare repositories in its folder through
/// `git http-backend`, for one user and token over basic authentication (as GitLab and
/// Gitea take a personal access token as the password).
final class HTTPGitServer {
    let folder: String
    let port: Int
    private let pid: pid_t
    static let user = "anna"
    static let token = "glpat-Lotse-Token-42"
    var repositories: String { folder + "/repos" }

    init(in folder: String) throws {
        self.folder = folder
        guard FileManager.default.isExecutableFile(atPath: "/usr/sbin/lighttpd") else { throw GitServers.SetUpError.missing("lighttpd") }
        try FileManager.default.createDirectory(atPath: folder + "/repos", withIntermediateDirectories: true)
        try GitServers.write("\(Self.user):\(Self.token)\n", to: folder + "/users")
        port = GitServers.freePort()
        try GitServers.write("""
            server.document-root = "\(folder)"
            server.port = \(port)
            server.bind = "127.0.0.1"
            server.errorlog = "\(folder)/error.log"
            server.modules = ( "mod_auth", "mod_authn_file", "mod_alias", "mod_setenv", "mod_cgi" )
            alias.url = ( "/git" => "/usr/lib/git-core/git-http-backend" )
            $HTTP["url"] =~ "^/git" {
              cgi.assign = ( "" => "" )
              setenv.add-environment = ( "GIT_PROJECT_ROOT" => "\(folder)/repos", "GIT_HTTP_EXPORT_ALL" => "1" )
              auth.backend = "plain"
              auth.backend.plain.userfile = "\(folder)/users"
              auth.require = ( "" => ( "method" => "basic", "realm" => "Lotse", "require" => "valid-user" ) )
            }

            """, to: folder + "/lighttpd.conf")
        guard let pid = Spawn.start(["/usr/sbin/lighttpd", "-D", "-f", folder + "/lighttpd.conf"], environment: Lotse.environment()) else {
            throw GitServers.SetUpError.failed("lighttpd did not start")
        }
        self.pid = pid
        guard GitServers.waitForListener(port) else {
            let log = (try? String(contentsOfFile: folder + "/error.log", encoding: .utf8)) ?? ""
            throw GitServers.SetUpError.failed("lighttpd does not listen on \(port): \(log)")
        }
    }

    deinit { stop() }

    /// Ends the server (also at the end of a test that holds it in a `defer`, so that it
    /// lives as long as the test and no longer).
    func stop() { GitServers.stop(pid) }

    /// A new bare repository `name` that takes pushes; its URL without credentials.
    func makeRepository(_ name: String) throws -> String {
        let path = repositories + "/" + name
        let made = Spawn.run(["git", "init", "--quiet", "--bare", "--initial-branch=main", path], environment: Lotse.environment())
        guard made.status == 0 else { throw GitServers.SetUpError.failed("git init --bare: \(made.error)") }
        _ = Spawn.run(["git", "-C", path, "config", "http.receivepack", "true"], environment: Lotse.environment())
        return url(name)
    }

    func url(_ name: String, user: String? = nil, password: String? = nil) -> String {
        let credentials = user.map { u in password.map { "\(u):\($0)@" } ?? "\(u)@" } ?? ""
        return "http://\(credentials)127.0.0.1:\(port)/git/\(name)"
    }
}
