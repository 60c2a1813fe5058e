import Foundation
import ZIPFoundation

/// Reads an untrusted ZIP (a reference document, a reviewed file) into memory, entry by entry.
/// Entry paths are only ever dictionary keys, never file-system paths. Entry count, total
/// uncompressed size and compression ratio are limited so that zip bombs fail fast with a
/// clear error. Every entry is checked; only the entries asked for are inflated (a reviewed
/// file's pictures are never decompressed).
public struct SafeArchive {
  public struct Limits: Sendable {
    public var maximumEntries = 2_000
    public var maximumTotalSize = 256 << 20
    public var maximumEntrySize = 128 << 20
    /// Uncompressed ÷ compressed above this, for entries over 1 MB, is refused.
    public var maximumRatio = 200
    public init() {}
  }

  /// The paths of the file entries, in archive order.
  public private(set) var paths: [String] = []
  private var contents: [String: Data] = [:]
  /// Each file entry's CRC-32 and uncompressed size, from the archive's directory.
  public private(set) var stamps: [String: BodyStamp] = [:]

  /// Checks every entry and reads those `inflating` accepts (all by default); throws
  /// `ExportError.unsafeArchive` naming `name`.
  public init(_ data: Data, name: String, limits: Limits = Limits(), inflating: (String) -> Bool = { _ in true }) throws
  {
    let archive: Archive
    do {
      archive = try Archive(data: data, accessMode: .read)
    } catch {
      throw ExportError.unsafeArchive(name, reason: "not a ZIP file (DOCX and ODT files are ZIP containers)")
    }
    var total = 0
    var count = 0
    for entry in archive {
      count += 1
      if count > limits.maximumEntries {
        throw ExportError.unsafeArchive(name, reason: "more than \(limits.maximumEntries) entries")
      }
      let path = entry.path
      if path.hasPrefix("/") || path.split(separator: "/").contains("..") || path.contains("\\") {
        throw ExportError.unsafeArchive(name, reason: "entry path \"\(path)\" points outside the package")
      }
      guard entry.type == .file else { continue }
      // Sizes are compared as the archive declares them (ZIP64 allows up to 2^64 - 1), before
      // any is turned into an Int.
      let declaredSize = entry.uncompressedSize
      if declaredSize > UInt64(limits.maximumEntrySize) {
        throw ExportError.unsafeArchive(
          name,
          reason:
            "entry \"\(path)\" declares \(Self.megabytes(declaredSize)) uncompressed, over the \(limits.maximumEntrySize >> 20) MB an entry may have (zip bomb?)"
        )
      }
      let declared = Int(declaredSize)
      if total + declared > limits.maximumTotalSize {
        throw ExportError.unsafeArchive(
          name, reason: "uncompressed size over the \(limits.maximumTotalSize >> 20) MB a package may have (zip bomb?)")
      }
      let compressed = Int(min(max(1, entry.compressedSize), UInt64(Int.max)))
      if declared > 1 << 20 && declared / compressed > limits.maximumRatio {
        throw ExportError.unsafeArchive(
          name, reason: "entry \"\(path)\" compresses \(declared / compressed):1 (zip bomb?)")
      }
      paths.append(path)
      stamps[path] = BodyStamp(crc32: entry.checksum, size: declared)
      guard inflating(path) else { continue }
      var out = Data()
      out.reserveCapacity(min(declared, 1 << 24))
      do {
        // Large chunks: ZIPFoundation's default (16 KB) spends more time copying than inflating;
        // the checksum is checked below with zlib (ZIPFoundation's is a slow loop on Linux).
        _ = try archive.extract(entry, bufferSize: min(max(declared, 16_384), 1 << 20), skipCRC32: true) { chunk in
          out.append(chunk)
          if out.count > declared || total + out.count > limits.maximumTotalSize {
            throw ExportError.unsafeArchive(name, reason: "entry \"\(path)\" is larger than it declares (zip bomb?)")
          }
        }
      } catch let error as ExportError {
        throw error
      } catch {
        throw ExportError.unsafeArchive(name, reason: "entry \"\(path)\" is damaged: \(error)")
      }
      if BodyStamp(of: out).crc32 != entry.checksum {
        throw ExportError.unsafeArchive(name, reason: "entry \"\(path)\" is damaged (checksum mismatch)")
      }
      total += out.count
      contents[path] = out
    }
  }

  /// "130 MB", "8 EB": a declared size for messages.
  static func megabytes(_ bytes: UInt64) -> String {
    let megabytes = bytes >> 20
    return megabytes < 1 << 20 ? "\(megabytes) MB" : "\(bytes >> 40) TB"
  }

  /// The bytes of an entry, if present and inflated.
  public subscript(path: String) -> Data? { contents[path] }

  /// Whether the archive has a file entry at `path` (inflated or not).
  public func contains(_ path: String) -> Bool { stamps[path] != nil }
}
