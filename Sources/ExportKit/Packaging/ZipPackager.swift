import Foundation
import ZIPFoundation

/// Packs parts into a ZIP container in the order they are added, XML parts deflated, every
/// entry time set to one date so that two runs with `SOURCE_DATE_EPOCH` give byte-identical
/// files. A package with a media type (ODF) gets it as its first entry, `mimetype`, stored and
/// without extra field, so that tools can sniff the type at a fixed offset. A part may be made
/// of pieces (a buffer, a spooled body, another buffer), read in chunks as it is compressed, so
/// that it is never copied whole.
public struct ZipPackager {
  /// One piece of a part, as the caller had it.
  public enum Piece {
    case data(Data)
    case bytes([UInt8])
    case spool(PartSpool)

    var count: Int {
      switch self {
      case .data(let d): return d.count
      case .bytes(let b): return b.count
      case .spool(let s): return s.count
      }
    }

    func chunk(_ range: Range<Int>) throws -> Data {
      switch self {
      case .data(let d): return d.subdata(in: range)
      case .bytes(let b): return b.withUnsafeBufferPointer { Data(buffer: UnsafeBufferPointer(rebasing: $0[range])) }
      case .spool(let s): return try s.read(at: range.lowerBound, count: range.count)
      }
    }
  }

  /// What was packed before a deferred part: each entry's CRC-32 and size, as the ZIP records them.
  public typealias Packed = (String) -> (crc32: UInt32, size: Int)?

  private enum Content {
    case pieces([Piece])
    /// A part made once the parts before it are packed (properties that record the body's
    /// checksum, which ZIPFoundation computes as it deflates the body).
    case deferred((Packed) throws -> [Piece])
  }

  private var entries: [(path: String, content: Content, compress: Bool)] = []
  private let date: Date

  /// `date` is written as every entry's modification time (clamped to 1980, ZIP's epoch);
  /// `mediaType`, when given, as the stored first entry `mimetype` (ODF packages).
  public init(date: Date, mediaType: String? = nil) {
    self.date = max(date, Date(timeIntervalSince1970: 315_532_800 + 86_400))
    if let mediaType { entries.append(("mimetype", .pieces([.data(Data(mediaType.utf8))]), false)) }
  }

  /// Adds a part; `compress: false` stores it.
  public mutating func add(_ path: String, _ data: Data, compress: Bool = true) {
    entries.append((path, .pieces([.data(data)]), compress))
  }

  /// Adds the bytes of an XML writer (its spool, then its buffer).
  public mutating func add(_ path: String, _ xml: XMLWriter) {
    entries.append((path, .pieces(Self.pieces(of: xml)), true))
  }

  /// Adds a part made of pieces, in order.
  public mutating func add(_ path: String, pieces: [Piece]) {
    entries.append((path, .pieces(pieces), true))
  }

  /// Adds a part made when packing reaches it, from what was packed before.
  public mutating func add(_ path: String, deferred make: @escaping (Packed) throws -> [Piece]) {
    entries.append((path, .deferred(make), true))
  }

  /// The pieces holding an XML writer's bytes.
  public static func pieces(of xml: XMLWriter) -> [Piece] {
    (xml.spool.map { [Piece.spool($0)] } ?? []) + [.bytes(xml.bytes)]
  }

  /// The ZIP file.
  public func archive() throws -> Data {
    do {
      let archive = try Archive(data: Data(), accessMode: .create)
      let packed: Packed = { path in
        archive[path].map { (crc32: $0.checksum, size: Int($0.uncompressedSize)) }
      }
      for entry in entries {
        let pieces: [Piece]
        switch entry.content {
        case .pieces(let given): pieces = given
        case .deferred(let make): pieces = try make(packed)
        }
        let total = pieces.reduce(0) { $0 + $1.count }
        try archive.addEntry(
          with: entry.path, type: .file, uncompressedSize: Int64(total), modificationDate: date,
          permissions: 0o644, compressionMethod: entry.compress ? .deflate : .none,
          bufferSize: max(16_384, min(total, 1 << 20))
        ) { position, size in
          try Self.read(pieces, from: Int(position), count: size)
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

  /// `count` bytes from `position` of the pieces taken as one.
  private static func read(_ pieces: [Piece], from position: Int, count: Int) throws -> Data {
    var out = Data()
    var start = 0
    var remaining = count
    var at = position
    for piece in pieces where remaining > 0 {
      let end = start + piece.count
      if at < end {
        let take = min(remaining, end - at)
        let chunk = try piece.chunk((at - start)..<(at - start + take))
        if pieces.count == 1 { return chunk }
        out.append(chunk)
        remaining -= take
        at += take
      }
      start = end
    }
    return out
  }
}
