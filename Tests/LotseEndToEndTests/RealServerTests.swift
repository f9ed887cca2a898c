import Foundation
import Testing

/// Sync against the servers districts run, on loopback: a real sshd with keys (one with a
/// passphrase) and lighttpd serving `git http-backend` behind basic authentication with a
/// token, as GitLab and Gitea take it. Each failure says what it is, in German, with what
/// to do; passwords never show; the dashboard asks in its own boxes and nothing git or
/// ssh prints reaches its screen.
@Suite("End to end: sync against real servers", .serialized)
struct RealServerTests {
    let folder: URL = FileManager.default.temporaryDirectory.appendingPathComponent("lotse-servers-\(UUID().uuidString)")

    /// A coordinator's environment: own settings, own git config (a credential helper in
    /// a file when `credentials` is given), no terminal.
    func environment(_ name: String, credentials: String? = nil, ssh: String? = nil) throws -> [String: String] {
        let home = folder.appendingPathComponent("home-\(name)").path
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        var config = "[user]\n\tname = \(name)\n"
        if let credentials {
            try GitServers.write(credentials + "\n", to: home + "/git-credentials")
            config += "[credential]\n\thelper = store --file=\(home)/git-credentials\n"
        }
        try GitServers.write(config, to: home + "/gitconfig")
        var environment = ["LOTSE_USER": name, "HOME": home, "GIT_CONFIG_GLOBAL": home + "/gitconfig",
                           "XDG_CONFIG_HOME": home + "/config", "XDG_STATE_HOME": home + "/state"]
        if let ssh { environment["GIT_SSH_COMMAND"] = ssh }
        return environment
    }

    /// A store of the example network, shared to `remote` (a local bare repository at
    /// first, so that setting up needs no credentials), then pointed at `url`.
    func sharedStore(_ name: String, bare: String, url: String, environment: [String: String]) throws -> String {
        let store = folder.appendingPathComponent(name).path
        #expect(Lotse.run(["init", "--example", store], environment).status == 0)
        let shared = Lotse.run(["sync", "init", "--remote", bare, "--store", store], environment)
        try #require(shared.status == 0, "\(shared.error)")
        #expect(Spawn.run(["git", "-C", store, "remote", "set-url", "origin", url], environment: Lotse.environment()).status == 0)
        return store
    }

    /// A store shared over ssh to a bare repository on `server`, for Anna with `key`.
    func sshStore(on server: SSHServer, key: String) throws -> (store: String, environment: [String: String]) {
        let bare = folder.appendingPathComponent("netz.git").path
        #expect(Spawn.run(["git", "init", "--quiet", "--bare", bare], environment: Lotse.environment()).status == 0)
        let anna = try environment("Anna", ssh: server.sshCommand(key: key))
        return (try sharedStore("anna", bare: bare, url: server.url(bare), environment: anna), anna)
    }

    @Test func httpsSaysWhatFailedAndJoinsWithAToken() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let server = try HTTPGitServer(in: folder.appendingPathComponent("http").path)
        defer { server.stop() }
        let url = try server.makeRepository("netz.git")
        let anna = try environment("Anna", credentials: server.url("", user: HTTPGitServer.user, password: HTTPGitServer.token)
            .replacingOccurrences(of: "/git/", with: ""))
        _ = try sharedStore("anna", bare: server.repositories + "/netz.git", url: url, environment: anna)

        // No credentials and no terminal: at once, as a refused login, for a join.
        let bert = try environment("Bert")
        let without = Lotse.run(["join", url, folder.appendingPathComponent("bert").path], bert)
        #expect(without.status == 2)
        #expect(without.error.contains("Beitritt nicht möglich") && without.error.contains("hat die Anmeldung abgelehnt"), "\(without.error)")
        #expect(without.error.contains("Zugangstoken") && without.error.contains("Es wurde nichts angelegt"))
        #expect(!without.error.contains("nichts verloren") && !without.error.contains("askpass") && !without.error.contains("nicht erreichbar"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("bert").path))

        // A wrong token in the address: refused, and the token never printed.
        let wrong = Lotse.run(["join", server.url("netz.git", user: "bert", password: "falsches-Token-99"),
                               folder.appendingPathComponent("bert").path], bert)
        #expect(wrong.status == 2 && wrong.error.contains("hat die Anmeldung abgelehnt"), "\(wrong.error)")
        #expect(wrong.error.contains("bert:***@") && !wrong.error.contains("falsches-Token-99"), "\(wrong.error)")

        // No such repository.
        let missing = Lotse.run(["join", server.url("fehlt.git", user: HTTPGitServer.user, password: HTTPGitServer.token),
                                 folder.appendingPathComponent("bert").path], bert)
        #expect(missing.status == 2 && missing.error.contains("gibt es kein Repository"), "\(missing.error)")
        #expect(!missing.error.contains(HTTPGitServer.token))

        // With the token in a credential helper, as the README says.
        let helped = try environment("Carla", credentials: "http://\(HTTPGitServer.user):\(HTTPGitServer.token)@127.0.0.1:\(server.port)")
        let carla = folder.appendingPathComponent("carla").path
        let joined = Lotse.run(["join", url, carla], helped)
        #expect(joined.status == 0, "\(joined.error)")
        #expect(Lotse.run(["questions", "add", "--title", "Über HTTPS geteilt", "--commune", "soest", "--store", carla], helped).status == 0)
        let synced = Lotse.run(["sync", "--store", carla], helped)
        #expect(synced.status == 0 && synced.output.contains("1 gesendet"), "\(synced.error)")
    }

    @Test func aPushTheServerRefusesIsNamedWithItsMessageAndLogged() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let server = try HTTPGitServer(in: folder.appendingPathComponent("http").path)
        defer { server.stop() }
        _ = try server.makeRepository("netz.git")
        let anna = try environment("Anna")
        let url = server.url("netz.git", user: HTTPGitServer.user, password: HTTPGitServer.token)
        let store = try sharedStore("anna", bare: server.repositories + "/netz.git", url: url, environment: anna)
        // What GitLab says for a protected branch, from a server hook.
        let hook = server.repositories + "/netz.git/hooks/pre-receive"
        try GitServers.write("#!/bin/sh\necho 'GitLab: You are not allowed to push code to protected branches on this project.'\nexit 1\n",
                             to: hook, mode: 0o755)
        #expect(Lotse.run(["questions", "add", "--title", "Geschützter Zweig", "--commune", "werl", "--store", store], anna).status == 0)
        let refused = Lotse.run(["sync", "--store", store], anna)
        #expect(refused.status == 2)
        #expect(refused.error.contains("hat die Änderungen abgelehnt") && refused.error.contains("protected branches"), "\(refused.error)")
        #expect(refused.error.contains("Zweig geschützt") && !refused.error.contains("nicht erreichbar"))
        #expect(!refused.error.contains(HTTPGitServer.token), "\(refused.error)")

        let log = Lotse.run(["sync", "log", "--store", store], anna)
        #expect(log.status == 0)
        #expect(log.output.contains("✗ ") && log.output.contains("git push --porcelain"), "\(log.output)")
        #expect(log.output.contains("→ 1") && log.output.contains("GitLab: You are not allowed"), "\(log.output)")
        #expect(!log.output.contains(HTTPGitServer.token))
        let status = Lotse.run(["sync", "status", "--store", store], anna)
        #expect(status.output.contains("anna:***@") && !status.output.contains(HTTPGitServer.token), "\(status.output)")
        let short = Lotse.run(["sync", "log", "--short", "--last", "1", "--store", store], anna)
        #expect(short.output.split(separator: "\n").count == 1 && !short.output.contains("git push"), "\(short.output)")
        #expect(Lotse.run(["sync", "log", "--last", "0", "--store", store], anna).status == 2)

        // Once the server takes it, the same sync goes through.
        unlink(hook)
        let again = Lotse.run(["sync", "--store", store], anna)
        #expect(again.status == 0 && again.output.contains("1 gesendet"), "\(again.error)")
    }

    @Test func sshSaysWhatFailed() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let server = try SSHServer(in: folder.appendingPathComponent("ssh").path)
        defer { server.stop() }
        let (store, open) = try sshStore(on: server, key: server.openKey)

        // A host nobody confirmed, and no terminal to ask in.
        let unknown = Lotse.run(["sync", "--store", store], open)
        #expect(unknown.status == 2 && unknown.error.contains("Host-Schlüssel") && unknown.error.contains("noch nicht bekannt"), "\(unknown.error)")

        // A known host whose key changed: refused with a warning.
        try server.trustOtherHostKey()
        let changed = Lotse.run(["sync", "--store", store], open)
        #expect(changed.status == 2 && changed.error.contains("WARNUNG") && changed.error.contains("geändert"), "\(changed.error)")

        // A key with a passphrase, no agent, no terminal: a refused login, not "offline".
        try server.trustHostKey()
        let locked = try environment("Bert", ssh: server.sshCommand(key: server.lockedKey))
        let refused = Lotse.run(["sync", "--store", store], locked)
        #expect(refused.status == 2 && refused.error.contains("hat die Anmeldung abgelehnt") && refused.error.contains("ssh-add"), "\(refused.error)")
        #expect(!refused.error.contains("nicht erreichbar"))

        // The right key syncs.
        let synced = Lotse.run(["sync", "--store", store], open)
        #expect(synced.status == 0, "\(synced.error)")

        // Nobody listening on the port: that one is unreachable.
        #expect(Spawn.run(["git", "-C", store, "remote", "set-url", "origin", "ssh://\(server.user)@127.0.0.1:\(GitServers.freePort())\(folder.appendingPathComponent("netz.git").path)"],
                          environment: Lotse.environment()).status == 0)
        let away = Lotse.run(["sync", "--store", store], open)
        #expect(away.status == 2 && away.error.contains("nicht erreichbar"), "\(away.error)")
    }

    @Test func theDashboardAsksForTheHostKeyAndThePassphraseInItsOwnBoxes() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let server = try SSHServer(in: folder.appendingPathComponent("ssh").path)
        defer { server.stop() }
        let (store, locked) = try sshStore(on: server, key: server.lockedKey)
        #expect(Lotse.run(["questions", "add", "--title", "Über ssh geteilt", "--commune", "soest", "--store", store], locked).status == 0)

        for (width, height) in [(120, 40), (80, 24)] {
            unlink(server.knownHosts)
            let tmux = try Tmux(Tmux.lotseCommand(["--store", store]), width: width, height: height, environment: Lotse.environment(locked))
            tmux.waitFor("q Beenden")
            tmux.press("S")
            let host = tmux.waitFor("Unbekannter Server", timeout: 20)
            #expect(host.contains(server.fingerprint()), "the fingerprint is shown:\n\(host)")
            #expect(host.contains("y Vertrauen") && host.contains("Esc Sync abbrechen"))
            #expect(!host.contains("yes/no") && !host.contains("authenticity"), "no ssh text on the screen:\n\(host)")
            tmux.press("y")
            tmux.waitFor("Passphrase des ssh-Schlüssels", timeout: 20)
            tmux.type(SSHServer.passphrase)
            let typed = tmux.waitFor(String(repeating: "•", count: SSHServer.passphrase.count))
            #expect(!typed.contains(SSHServer.passphrase) && !typed.contains("Enter passphrase"), "\(typed)")
            tmux.press("Enter")
            // fetch and push each run ssh, but the passphrase is asked once per sync.
            let synced = tmux.waitFor("gesendet", timeout: 30)
            #expect(synced.contains("↑0 ↓0"), "\(synced)")
            #expect(!synced.contains("passphrase") && !synced.contains("Warning") && !synced.contains("Permanently"), "\(synced)")
            tmux.press("q")
            tmux.waitFor("EXIT=0")
            let again = Lotse.run(["questions", "add", "--title", "Noch eine über ssh \(width)", "--commune", "werl", "--store", store], locked)
            #expect(again.status == 0)
        }
    }

    @Test func escInTheBoxCancelsTheSyncAndAWrongTokenIsNamed() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let server = try HTTPGitServer(in: folder.appendingPathComponent("http").path)
        defer { server.stop() }
        let url = try server.makeRepository("netz.git")
        let anna = try environment("Anna")
        let store = try sharedStore("anna", bare: server.repositories + "/netz.git", url: url, environment: anna)
        let tmux = try Tmux(Tmux.lotseCommand(["--store", store]), width: 80, height: 24, environment: Lotse.environment(anna))
        tmux.waitFor("q Beenden")
        tmux.press("S")
        tmux.waitFor("Benutzername für", timeout: 20)
        tmux.press("Escape")
        // Said at once; the sync then ends without asking again.
        let cancelled = tmux.waitFor("the cancelled sync to end", timeout: 20) {
            $0.contains("Sync abgebrochen") && !$0.contains("synchronisiere")
        }
        #expect(!cancelled.contains("Benutzername für"), "\(cancelled)")
        // Asked again, a wrong token is a refused login, said as such.
        tmux.press("S")
        tmux.waitFor("Benutzername für", timeout: 20)
        tmux.type(HTTPGitServer.user)
        tmux.press("Enter")
        tmux.waitFor("Passwort oder Zugangstoken", timeout: 20)
        tmux.type("falsch")
        tmux.press("Enter")
        let refused = tmux.waitFor("Anmeldung abgelehnt", timeout: 20)
        #expect(!refused.contains("offline") && !refused.contains("falsch") && !refused.contains("synchronisiere"), "\(refused)")
        tmux.press("L")
        let log = tmux.waitFor("Sync-Log")
        #expect(log.contains("git fetch"), "\(log)")
        tmux.press("Escape")
        // And the right one syncs.
        tmux.press("S")
        tmux.waitFor("Benutzername für", timeout: 20)
        tmux.type(HTTPGitServer.user)
        tmux.press("Enter")
        tmux.waitFor("Passwort oder Zugangstoken", timeout: 20)
        tmux.type(HTTPGitServer.token)
        tmux.press("Enter")
        let synced = tmux.waitFor("gesendet", timeout: 30)
        #expect(synced.contains("↑0 ↓0") && !synced.contains(HTTPGitServer.token), "\(synced)")
    }

    @Test func theCommandLineInATerminalLetsSshAsk() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let server = try SSHServer(in: folder.appendingPathComponent("ssh").path)
        defer { server.stop() }
        let (store, locked) = try sshStore(on: server, key: server.lockedKey)
        try server.trustHostKey()
        #expect(Lotse.run(["questions", "add", "--title", "Im Terminal gesendet", "--commune", "soest", "--store", store], locked).status == 0)
        let quoted = [Lotse.binary, "sync", "--store", store].map { "'\($0)'" }.joined(separator: " ")
        let tmux = try Tmux("\(quoted); echo EXIT=$?; sleep 600", width: 100, height: 20, environment: Lotse.environment(locked))
        // ssh asks on the terminal, where what is typed reaches it: once for the fetch,
        // once for the push.
        for asked in 1 ... 2 {
            tmux.waitFor("\(asked) passphrase prompts", timeout: 20) {
                $0.components(separatedBy: "Enter passphrase for key").count - 1 == asked
            }
            tmux.type(SSHServer.passphrase)
            tmux.press("Enter")
        }
        let done = tmux.waitFor("EXIT=", timeout: 30)
        #expect(done.contains("1 gesendet") && done.contains("EXIT=0"), "\(done)")
    }
}
