import Foundation
import TamayuzCore
import ZIPFoundation

/// The parts of an .xlsx package (a ZIP of XML parts), read defensively: the package's entries
/// are listed and checked before any is inflated, and only the parts asked for are inflated,
/// each within its limits.
///
/// Refused, each with a finding located at the file or the part: a file that is not a ZIP (an
/// encrypted workbook is an OLE compound file), more than `maximumEntries` entries, an entry name
/// with `..`, a leading `/` or a backslash, two entries of one name, a macro-enabled workbook
/// (a VBA project), external links, a part larger than `maximumPartSize` or compressed more than
/// `maximumRatio` to one, parts adding up to more than `maximumTotalSize`, and a part whose
/// inflated size differs from the size its entry declares.
struct WorkbookPackage {
    static let maximumEntries = 1_000
    static let maximumPartSize: UInt64 = 16 * 1024 * 1024
    static let maximumTotalSize: UInt64 = 48 * 1024 * 1024
    static let maximumRatio: UInt64 = 200

    let path: String
    private let archive: Archive
    private var entries: [String: Entry] = [:]

    /// Opens the package and checks its list of entries.
    init(bytes: [UInt8], path: String) throws(DiagnosticError) {
        self.path = path
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) {
            throw Self.failure(path, nil, "an encrypted (password-protected) or old-format (.xls) workbook: save it as an unprotected .xlsx workbook")
        }
        guard bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) else {
            throw Self.failure(path, nil, "not an .xlsx workbook (not a ZIP package)")
        }
        if let problem = ZIPDirectory.problem(in: bytes) {
            throw Self.failure(path, nil, "not an .xlsx workbook that can be read: \(problem)")
        }
        guard let archive = try? Archive(data: Data(bytes), accessMode: .read, pathEncoding: nil) else {
            throw Self.failure(path, nil, "not an .xlsx workbook (not a ZIP package)")
        }
        self.archive = archive
        var total: UInt64 = 0
        for entry in archive {
            let name = entry.path
            guard entries.count < Self.maximumEntries else {
                throw Self.failure(path, nil, "the package has more than \(Self.maximumEntries) entries")
            }
            if name.hasPrefix("/") || name.contains("\\") || name.split(separator: "/").contains("..") {
                throw Self.failure(path, name, "an entry name that leaves the package ('..', a leading '/' or a backslash)")
            }
            guard entries[name] == nil else { throw Self.failure(path, name, "the package has two entries of this name") }
            try check(entry, name: name)
            total += entry.uncompressedSize
            guard total <= Self.maximumTotalSize else {
                throw Self.failure(path, name, "the package inflates to more than \(Self.maximumTotalSize) bytes (a ZIP bomb?)")
            }
            entries[name] = entry
        }
        try refuseActiveContent()
    }

    /// The names of the package's entries, sorted.
    var partNames: [String] { entries.keys.sorted() }

    /// Whether the package has this part.
    func has(_ name: String) -> Bool { entries[name] != nil }

    /// The inflated bytes of a part, checked against its declared size as it is inflated.
    func part(_ name: String) throws(DiagnosticError) -> [UInt8] {
        guard let entry = entries[name] else { throw Self.failure(path, nil, "the workbook has no part '\(name)'") }
        let declared = entry.uncompressedSize
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(declared))
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                guard UInt64(bytes.count + chunk.count) <= declared else { throw PartTooLarge() }
                bytes += chunk
            }
        } catch is PartTooLarge {
            throw Self.failure(path, name, "the part inflates to more than the \(declared) bytes its entry declares (a ZIP bomb?)")
        } catch {
            throw Self.failure(path, name, "the part cannot be inflated (damaged or encrypted): \(error)")
        }
        guard UInt64(bytes.count) == declared else {
            throw Self.failure(path, name, "the part inflates to \(bytes.count) bytes, not the \(declared) its entry declares")
        }
        return bytes
    }

    private func check(_ entry: Entry, name: String) throws(DiagnosticError) {
        let size = entry.uncompressedSize
        guard size <= Self.maximumPartSize else {
            throw Self.failure(path, name, "the part declares \(size) bytes: the limit is \(Self.maximumPartSize)")
        }
        if size > 64 * 1024, size / max(entry.compressedSize, 1) > Self.maximumRatio {
            throw Self.failure(path, name, "the part is compressed \(size / max(entry.compressedSize, 1)) to 1: the limit is \(Self.maximumRatio) to 1 (a ZIP bomb?)")
        }
    }

    /// Macros and links to other files are never followed; a workbook that has them is refused.
    private func refuseActiveContent() throws(DiagnosticError) {
        for name in entries.keys.sorted() {
            let lower = name.lowercased()
            if lower.hasSuffix("vbaproject.bin") || lower.hasSuffix(".bin") && lower.contains("vba") {
                throw Self.failure(path, name, "a macro-enabled workbook (.xlsm): save it as a plain .xlsx workbook, without macros")
            }
            if lower.hasPrefix("xl/externallinks/") {
                throw Self.failure(path, name, "the workbook links to other files (external links): remove the links and save it again")
            }
        }
    }

    /// A finding about the whole package (`file`) or one part (`file:part`).
    static func failure(_ path: String, _ part: String?, _ message: String) -> DiagnosticError {
        let location = SourceLocation(file: path, place: part ?? "")
        return DiagnosticError([.error(at: location, message)])
    }
}

private struct PartTooLarge: Error {}
