import Foundation
import ZIPFoundation

/// Packs parts into a ZIP container in the order they are added, XML parts deflated, every
/// entry time set to one date so that two runs with `SOURCE_DATE_EPOCH` give byte-identical
/// files. A package with a media type (ODF) gets it as its first entry, `mimetype`, stored and
/// without extra field, so that tools can sniff the type at a fixed offset.
public struct ZipPackager {
  /// A part's bytes as the caller had them: an XML writer's buffer is kept, not copied, so a
  /// large document is not held twice while it is packed.
  private enum Content {
    case data(Data)
    case bytes([UInt8])

    var count: Int {
      switch self {
      case .data(let d): return d.count
      case .bytes(let b): return b.count
      }
    }

    func chunk(_ range: Range<Int>) -> Data {
      switch self {
      case .data(let d): return d.subdata(in: range)
      case .bytes(let b): return b.withUnsafeBufferPointer { Data(buffer: UnsafeBufferPointer(rebasing: $0[range])) }
      }
    }
  }

  private var entries: [(path: String, content: Content, compress: Bool)] = []
  private let date: Date

  /// `date` is written as every entry's modification time (clamped to 1980, ZIP's epoch);
  /// `mediaType`, when given, as the stored first entry `mimetype` (ODF packages).
  public init(date: Date, mediaType: String? = nil) {
    self.date = max(date, Date(timeIntervalSince1970: 315_532_800 + 86_400))
    if let mediaType { entries.append(("mimetype", .data(Data(mediaType.utf8)), false)) }
  }

  /// Adds a part; `compress: false` stores it.
  public mutating func add(_ path: String, _ data: Data, compress: Bool = true) {
    entries.append((path, .data(data), compress))
  }

  /// Adds the bytes of an XML writer.
  public mutating func add(_ path: String, _ xml: XMLWriter) {
    entries.append((path, .bytes(xml.bytes), true))
  }

  /// The ZIP file.
  public func archive() throws -> Data {
    do {
      let archive = try Archive(data: Data(), accessMode: .create)
      for entry in entries {
        let content = entry.content
        try archive.addEntry(
          with: entry.path, type: .file, uncompressedSize: Int64(content.count), modificationDate: date,
          permissions: 0o644, compressionMethod: entry.compress ? .deflate : .none,
          bufferSize: max(16_384, min(content.count, 1 << 20))
        ) { position, size in
          content.chunk(Int(position)..<Int(position) + size)
        }
      }
      guard let data = archive.data else { throw ExportError.packaging("no archive data") }
      return data
    } catch let error as ExportError {
      throw error
    } catch {
      throw ExportError.packaging("\(error)")
    }
  }
}
