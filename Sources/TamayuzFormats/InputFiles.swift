import Foundation
import TamayuzCore

/// Expands the inputs of a command: files as given, folders to the `.xml` and `.xlsx` files
/// directly inside them (sorted by name; hidden files and the `~$…` files Excel keeps while a
/// workbook is open skipped).
public enum InputFiles {
    public static func expand(_ paths: [String], extensions: [String] = ["xml", "xlsx"]) throws(DiagnosticError) -> [String] {
        var files: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw DiagnosticError([.error(at: .wholeFile(path), "no such file or folder")])
            }
            if isDirectory.boolValue {
                let names: [String]
                do {
                    names = try FileManager.default.contentsOfDirectory(atPath: path)
                } catch {
                    throw DiagnosticError([.error(at: .wholeFile(path), "cannot list the folder")])
                }
                let base = path.hasSuffix("/") ? path : path + "/"
                files += names.filter { name in
                    !name.hasPrefix(".") && !name.hasPrefix("~$") && extensions.contains { name.hasSuffix("." + $0) }
                }.sorted().map { base + $0 }
            } else {
                files.append(path)
            }
        }
        return files
    }
}
