import Foundation
import LotseCore

/// Writes an exported document (minutes, an invitation) where the user asked for it.
/// An existing file is only replaced after the user said yes, and never half-written.
public enum DocumentWriter {
    public static func write(_ request: ExportRequest) -> Action {
        let path = NSString(string: request.path).expandingTildeInPath
        let url = URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        if !request.overwrite, FileManager.default.fileExists(atPath: url.path) {
            return .exportExists(request)
        }
        do {
            try Data(request.text.utf8).write(to: url, options: .atomic)
        } catch {
            let reason = (error as NSError).localizedFailureReason ?? error.localizedDescription
            return .refused("\(url.path): \(reason)")
        }
        return .exported(path: url.path)
    }
}
