import Foundation

/// The command line's output, written so that it never traps: Foundation's
/// `FileHandle.write` traps (a forced try inside Foundation) when the output is closed or full.
/// A broken pipe ends the command with 141, as other tools do; any other failure to write
/// the output (closed, disk full) with 74 (EX_IOERR). An error message that cannot be
/// written is dropped: the status says it anyway.
enum StandardStreams {
    /// The standard descriptors that were closed when Lotse started. Each gets /dev/null,
    /// opened for reading only, in its place: no file Lotse opens (the index, a record)
    /// takes its number and receives the output, and a write to it still fails.
    static let closedAtStart: Set<Int32> = {
        var closed: Set<Int32> = []
        for descriptor: Int32 in 0 ... 2 where fcntl(descriptor, F_GETFD) == -1 && errno == EBADF {
            closed.insert(descriptor)
            let null = open("/dev/null", O_RDONLY)
            if null >= 0, null != descriptor {
                dup2(null, descriptor)
                close(null)
            }
        }
        return closed
    }()

    static let brokenPipeStatus: Int32 = 141
    static let outputFailedStatus: Int32 = 74

    /// Checks the descriptors once at start, and flushes C's buffered output (the argument
    /// parser's help) at exit, with the same statuses.
    static func prepare() {
        _ = closedAtStart
        signal(SIGPIPE, SIG_IGN)
        atexit {
            if fflush(nil) != 0 {
                _exit(errno == EPIPE ? StandardStreams.brokenPipeStatus : StandardStreams.outputFailedStatus)
            }
        }
    }

    /// Writes to standard output; a failure ends the process.
    static func output(_ bytes: some ContiguousBytes) {
        fflush(nil)
        if let failure = write(bytes, to: 1) { exit(failure == EPIPE ? brokenPipeStatus : outputFailedStatus) }
    }

    /// Writes to standard error; a failure is ignored.
    static func error(_ bytes: some ContiguousBytes) {
        _ = write(bytes, to: 2)
    }

    /// The errno of a failed write, nil when everything was written.
    private static func write(_ bytes: some ContiguousBytes, to descriptor: Int32) -> Int32? {
        bytes.withUnsafeBytes { buffer -> Int32? in
            guard let base = buffer.baseAddress else { return nil }
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(descriptor, base + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += written
            }
            return nil
        }
    }
}

/// The standard library's `print`, through `StandardStreams`; for text already made safe.
func printRaw(_ text: String, terminator: String = "\n") {
    StandardStreams.output(Array((text + terminator).utf8))
}
