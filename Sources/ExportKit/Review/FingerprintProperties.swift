/// How the fingerprint is stored in a document: custom document properties (DOCX
/// `docProps/custom.xml`, ODT `meta:user-defined`), which Word and LibreOffice keep when they
/// save. Values are at most 255 characters (Word's limit), so long values continue in
/// numbered properties:
///
/// - `prepexport-fingerprint`, `prepexport-fingerprint-2`, …: `1:` (the format's version)
///   followed by one five-character digest per section (`TextFingerprint`), in order.
/// - `prepexport-topics`, `prepexport-topics-2`, …: the topic id of each section after the
///   first (one per heading), separated by single spaces; an empty id for headings that are
///   not topics (the appendix). Topic ids never hold white space.
/// - `prepexport-stamp`: the CRC-32 (8 hex digits) and size in bytes of the body part as
///   written (`word/document.xml`, `content.xml`), joined by `:`. A file whose body part still
///   has that checksum and size has not been saved by another program since, and needs no
///   closer look.
public enum FingerprintProperties {
  public static let fingerprintName = "prepexport-fingerprint"
  public static let topicsName = "prepexport-topics"
  public static let stampName = "prepexport-stamp"
  static let version = "1:"
  /// Word refuses longer values.
  public static let maximumValueLength = 255

  /// The properties for sections given as (topic id, text) pairs in document order, the
  /// first being the text before the first heading (its id is ignored), and the body part's
  /// stamp when known.
  public static func properties(sections: [(id: String, text: String)], stamp: BodyStamp? = nil) -> [(
    name: String, value: String
  )] {
    properties(
      digests: sections.map { TextFingerprint.digest($0.text) }, ids: sections.dropFirst().map(\.id), stamp: stamp)
  }

  /// The properties from digests already computed (`SectionFingerprints`), the model's topic
  /// ids in document order (headings after them, the appendix's, get none) and the body
  /// part's stamp.
  public static func properties(digests: [String], ids topicIDs: [String], stamp: BodyStamp?) -> [(
    name: String, value: String
  )] {
    let headings = max(digests.count - 1, 0)
    let ids = Array(topicIDs.prefix(headings)) + Array(repeating: "", count: max(0, headings - topicIDs.count))
    var out: [(String, String)] = []
    out += chunked(fingerprintName, version + digests.joined())
    let topics = ids.joined(separator: " ")
    if !topics.isEmpty { out += chunked(topicsName, topics) }
    if let stamp { out.append((stampName, stamp.description)) }
    return out
  }

  /// `name`, `name-2`, … each holding at most 255 UTF-16 units, split between characters.
  static func chunked(_ name: String, _ value: String) -> [(String, String)] {
    var out: [(String, String)] = []
    var chunk = ""
    var units = 0
    for character in value {
      let size = character.utf16.count
      if units + size > maximumValueLength {
        out.append((out.isEmpty ? name : "\(name)-\(out.count + 1)", chunk))
        chunk = ""
        units = 0
      }
      chunk.append(character)
      units += size
    }
    out.append((out.isEmpty ? name : "\(name)-\(out.count + 1)", chunk))
    return out
  }

  /// A value split by `chunked`, joined again; nil when the first property is missing.
  static func joined(_ name: String, in properties: [String: String]) -> String? {
    guard var value = properties[name] else { return nil }
    var n = 2
    while let next = properties["\(name)-\(n)"] {
      value += next
      n += 1
    }
    return value
  }
}

/// The checksum and size of a body part as written.
public struct BodyStamp: Sendable, Equatable, CustomStringConvertible {
  public var crc32: UInt32
  public var size: Int

  public init(crc32: UInt32, size: Int) {
    self.crc32 = crc32
    self.size = size
  }

  /// `1a2b3c4d:81234`.
  public var description: String {
    let hex = String(crc32, radix: 16)
    return String(repeating: "0", count: 8 - hex.count) + hex + ":" + String(size)
  }

  public init?(_ text: String) {
    let parts = text.split(separator: ":")
    guard parts.count == 2, parts[0].count == 8, let crc = UInt32(parts[0], radix: 16), let size = Int(parts[1])
    else { return nil }
    self.init(crc32: crc, size: size)
  }
}

/// What prepexport recorded in a file it wrote, read back from its properties.
public struct RecordedFingerprint: Sendable, Equatable {
  /// One digest per section, the first for the text before the first heading.
  public var digests: [String]
  /// The topic id of each heading, in order (empty for headings that are not topics).
  public var topicIDs: [String]
  public var stamp: BodyStamp?

  public init(digests: [String], topicIDs: [String], stamp: BodyStamp?) {
    self.digests = digests
    self.topicIDs = topicIDs
    self.stamp = stamp
  }

  /// Reads the properties; nil when the file carries no fingerprint of a known version.
  public init?(properties: [String: String]) {
    guard let value = FingerprintProperties.joined(FingerprintProperties.fingerprintName, in: properties),
      value.hasPrefix(FingerprintProperties.version)
    else { return nil }
    let body = Array(value.dropFirst(FingerprintProperties.version.count))
    guard body.count % TextFingerprint.digestLength == 0 else { return nil }
    digests = stride(from: 0, to: body.count, by: TextFingerprint.digestLength).map {
      String(body[$0..<$0 + TextFingerprint.digestLength])
    }
    let topics = FingerprintProperties.joined(FingerprintProperties.topicsName, in: properties) ?? ""
    var ids = topics.isEmpty ? [] : topics.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
    let headings = max(digests.count - 1, 0)
    if ids.count < headings { ids += Array(repeating: "", count: headings - ids.count) }
    topicIDs = Array(ids.prefix(headings))
    stamp = properties[FingerprintProperties.stampName].flatMap(BodyStamp.init)
  }

  /// The indices of the current sections whose text is not what was recorded. The lists are
  /// aligned in order (a digest matches the next recorded one equal to it), so that a heading
  /// typed into the middle marks the sections around it, not every one after it; recorded
  /// sections with no counterpart (deleted without tracking) mark the section before them.
  public func changedSections(_ current: [String]) -> [Int] {
    // Each digest's recorded positions, with a cursor that only moves forward (linear time
    // even when thousands of sections have the same text).
    var positions: [String: (indices: [Int], cursor: Int)] = [:]
    for (index, digest) in digests.enumerated() { positions[digest, default: ([], 0)].indices.append(index) }
    func nextPosition(of digest: String, from start: Int) -> Int? {
      guard var entry = positions[digest] else { return nil }
      while entry.cursor < entry.indices.count && entry.indices[entry.cursor] < start { entry.cursor += 1 }
      positions[digest] = entry
      return entry.cursor < entry.indices.count ? entry.indices[entry.cursor] : nil
    }
    var changed: [Int] = []
    func mark(_ index: Int) { if changed.last != index { changed.append(index) } }
    var next = 0
    for (index, digest) in current.enumerated() {
      if let found = nextPosition(of: digest, from: next) {
        if found > next { mark(max(index - 1, 0)) }
        next = found + 1
      } else {
        mark(index)
      }
    }
    if next < digests.count { mark(max(current.count - 1, 0)) }
    return Array(Set(changed)).sorted()
  }

  /// The first changed section, or nil.
  public func firstChangedSection(_ current: [String]) -> Int? { changedSections(current).first }
}
