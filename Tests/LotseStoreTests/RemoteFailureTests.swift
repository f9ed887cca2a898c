import Testing
@testable import LotseStore

/// What git and ssh print when a remote fails (collected from real runs against sshd,
/// lighttpd with git http-backend and bare repositories, in the C locale), each read as
/// the failure it is; none of them but a dead server reads as "unreachable".
@Suite("Sync: remote failures from git's real messages")
struct RemoteFailureTests {
    @Test(arguments: [
        ("fatal: could not read Username for 'http://127.0.0.1:8099': terminal prompts disabled", RemoteFailure.authentication),
        ("error: unable to read askpass response from '/bin/false'\nfatal: could not read Username for 'https://git.kreis-soest.de': No such device or address", .authentication),
        ("fatal: Authentication failed for 'http://127.0.0.1:8099/git/netz.git/'", .authentication),
        ("remote: HTTP Basic: Access denied\nfatal: Authentication failed for 'https://gitlab.example/netz.git/'", .authentication),
        ("fatal: unable to access 'https://gitea.example/netz.git/': The requested URL returned error: 403", .authentication),
        ("root@127.0.0.1: Permission denied (publickey).\r\nfatal: Could not read from remote repository.\n\nPlease make sure you have the correct access rights\nand the repository exists.", .authentication),
        ("Host key verification failed.\r\nfatal: Could not read from remote repository.", .hostKeyUnknown),
        ("No ED25519 host key is known for [127.0.0.1]:2299 and you have requested strict checking.\r\nHost key verification failed.\r\n", .hostKeyUnknown),
        ("@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@\r\n@    WARNING: REMOTE HOST IDENTIFICATION HAS CHANGED!     @\r\n@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@\r\nIT IS POSSIBLE THAT SOMEONE IS DOING SOMETHING NASTY!\r\nHost key for [127.0.0.1]:2299 has changed and you have requested strict checking.\r\nHost key verification failed.\r\n", .hostKeyChanged),
        ("fatal: repository 'http://127.0.0.1:8099/git/nope.git/' not found", .notFound),
        ("fatal: '/srv/netz.git' does not appear to be a git repository\nfatal: Could not read from remote repository.", .notFound),
        ("fatal: repository '/srv/netz.git' does not exist", .notFound),
        ("ssh: connect to host 127.0.0.1 port 2299: Connection refused\r\nfatal: Could not read from remote repository.", .unreachable),
        ("ssh: Could not resolve hostname git.kreis-soest.invalid: Name or service not known\r\nfatal: Could not read from remote repository.", .unreachable),
        ("fatal: unable to access 'http://127.0.0.1:1/git/netz.git/': Failed to connect to 127.0.0.1 port 1 after 0 ms: Couldn't connect to server", .unreachable),
        ("fatal: unable to access 'https://git.kreis-soest.invalid/netz.git/': Could not resolve host: git.kreis-soest.invalid", .unreachable),
        ("To /tmp/pr/r.git\n!\tHEAD:refs/heads/main\t[rejected] (fetch first)\nDone", .pushRace),
        (" ! [rejected]        HEAD -> main (non-fast-forward)\nerror: failed to push some refs to '/tmp/pr/r.git'", .pushRace),
    ])
    func eachMessageIsReadAsWhatItIs(_ said: String, _ expected: RemoteFailure) {
        #expect(RemoteFailure.classify(said) == expected, "\(said)")
    }

    @Test func aRefusedPushNamesWhatTheServerSaid() {
        let hook = """
            remote: GitLab: You are not allowed to push code to protected branches on this project.
            To https://gitlab.example/netz.git
            !\tHEAD:refs/heads/main\t[remote rejected] (pre-receive hook declined)
            Done
            """
        guard case .rejected(let message) = RemoteFailure.classify(hook) else {
            Issue.record("not read as refused: \(RemoteFailure.classify(hook))")
            return
        }
        #expect(message.contains("GitLab: You are not allowed to push code to protected branches"))
        #expect(message.contains("pre-receive hook declined"))
        let protected = "remote: error: denying non-fast-forward refs/heads/main (you should pull first)\n!\tHEAD:refs/heads/main\t[remote rejected] (non-fast-forward)"
        #expect(RemoteFailure.classify(protected) != .pushRace)
    }

    @Test func theDetailIsTheLineThatSaysWhyWithoutThePassword() {
        let said = "root@127.0.0.1: Permission denied (publickey).\r\nfatal: Could not read from remote repository.\n\nPlease make sure you have the correct access rights\nand the repository exists."
        #expect(RemoteFailure.detail(said) == "root@127.0.0.1: Permission denied (publickey).")
        let http = "fatal: Authentication failed for 'https://anna:glpat-geheim@gitlab.example/netz.git/'"
        #expect(RemoteFailure.detail(http) == "Authentication failed for 'https://anna:***@gitlab.example/netz.git/'")
    }

    @Test func passwordsInAddressesAreMasked() {
        #expect(SecretMask.apply("https://anna:glpat-xyz@gitlab.example/netz.git") == "https://anna:***@gitlab.example/netz.git")
        #expect(SecretMask.apply("clone 'http://u:p%40ss@127.0.0.1:8099/git/a.git' and ssh://git@host/x")
            == "clone 'http://u:***@127.0.0.1:8099/git/a.git' and ssh://git@host/x")
        #expect(SecretMask.apply("https://gitlab.example/netz.git") == "https://gitlab.example/netz.git")
        #expect(SecretMask.apply("/srv/netz.git") == "/srv/netz.git")
    }
}

extension RemoteFailureTests {
    @Test func whatGitSaidReachesAMessageWithoutCarriageReturnsOrPasswords() {
        let said = "Warning: Permanently added '[127.0.0.1]:2299'.\r\nfatal: unable to access 'https://anna:geheim@host/netz.git/'\r\n"
        let plain = SyncError.plain(said)
        #expect(!plain.contains("\r") && plain.contains("anna:***@") && !plain.contains("geheim"))
        #expect(plain.hasSuffix("netz.git/'"))
    }
}
