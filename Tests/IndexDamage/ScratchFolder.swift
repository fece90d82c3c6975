import Foundation

/// New folders for a test to write in, all under one folder of this test process that is
/// removed when the process exits: a test run leaves nothing in the system's temporary folder.
public enum ScratchFolder {
    /// This process's folder under the system's temporary folder.
    static let root: String = {
        let root = NSTemporaryDirectory() + "versus-tests-\(getpid())"
        try? FileManager.default.removeItem(atPath: root)
        atexit { try? FileManager.default.removeItem(atPath: ScratchFolder.root) }
        return root
    }()

    /// A new empty folder, its name starting with `prefix`.
    public static func make(_ prefix: String) throws -> String {
        let path = root + "/" + prefix + "-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }
}
