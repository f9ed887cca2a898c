import Foundation
import LotseCore
import LotseStore

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
            try PrivateFile.write(Data(request.text.utf8), to: url)
        } catch {
            return .refused(exportError(url, error))
        }
        return .exported(path: url.path)
    }

    /// What went wrong, as a value the screen says in the user's language.
    public static func exportError(_ url: URL, _ error: any Error) -> ExportError {
        let folder = url.deletingLastPathComponent()
        var isFolder: ObjCBool = false
        if !FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder) || !isFolder.boolValue {
            return .folderMissing(path: url.path, folder: folder.path)
        }
        if !FileManager.default.isWritableFile(atPath: folder.path) { return .notPermitted(path: url.path) }
        if case StoreError.cannotWrite(_, let reason) = error { return .failed(path: url.path, reason: reason) }
        return .failed(path: url.path, reason: .of(error))
    }
}
