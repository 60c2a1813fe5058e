import Foundation

/// The text of the user's own material (prep and answers), as prepexport writes it into a
/// document: what is not foreign. Made by exporting the material and reading the result
/// back with the same review reader, so that labels, captions and answers read exactly as
/// they do in the reviewed file.
public struct KnownText: Sendable {
  private var paragraphs: Set<String> = []
  /// Every paragraph, white space removed, one after another.
  private var corpus: [UInt8] = []

  public init(_ document: PrepDocument) throws {
    let exporter = DocxExporter()
    let data = try exporter.export(document, options: ExportOptions(review: true)).data
    let archive = try SafeArchive(data, name: "prep", inflating: exporter.reviewNeedsEntry)
    let written = try exporter.readReview(archive, name: "prep")
    for section in written.sections {
      for paragraph in section.paragraphs {
        let squeezed = Self.squeezed(paragraph.text)
        guard !squeezed.isEmpty else { continue }
        paragraphs.insert(squeezed)
        corpus += Array(squeezed.utf8) + [0]
      }
    }
  }

  /// The part of `text` that is not the user's material: the whole of it, or what remains
  /// once the longest known beginning and end are taken off (a note typed into a paragraph);
  /// nil when it is all known (paragraphs split or joined still are).
  public func foreignPart(of text: String) -> String? {
    let squeezed = Self.squeezed(text)
    if squeezed.isEmpty || paragraphs.contains(squeezed) || contains(squeezed) { return nil }
    let characters = Array(squeezed)
    // A known beginning or end shorter than a few characters is coincidence ("。", "the").
    func significant(_ n: Int) -> Int { n < Self.minimumKnownRun ? 0 : n }
    let prefix = significant(longestKnown(characters.count) { String(characters[0..<$0]) })
    let suffix = significant(
      longestKnown(characters.count - prefix) { String(characters[(characters.count - $0)...]) })
    guard prefix + suffix < characters.count else { return nil }
    // Map the counts of non-white-space characters back onto the text as written.
    var start = text.startIndex
    var skipped = 0
    while start < text.endIndex, skipped < prefix || text[start].isWhitespace {
      if !text[start].isWhitespace { skipped += 1 }
      start = text.index(after: start)
    }
    var end = text.endIndex
    skipped = 0
    while end > start, skipped < suffix || text[text.index(before: end)].isWhitespace {
      end = text.index(before: end)
      if !text[end].isWhitespace { skipped += 1 }
    }
    let part = String(text[start..<end])
    return part.isEmpty ? nil : part
  }

  /// The largest n ≤ limit with `piece(n)` known (pieces grow with n, so a binary search).
  private func longestKnown(_ limit: Int, _ piece: (Int) -> String) -> Int {
    var low = 0
    var high = limit
    while low < high {
      let middle = (low + high + 1) / 2
      if contains(piece(middle)) { low = middle } else { high = middle - 1 }
    }
    return low
  }

  private func contains(_ needle: String) -> Bool {
    var needle = needle
    return needle.withUTF8 { n in
      corpus.withUnsafeBytes { ByteSearch.contains($0, UnsafeRawBufferPointer(n)) }
    }
  }

  static let minimumKnownRun = 4

  static func squeezed(_ text: String) -> String { text.filter { !$0.isWhitespace } }
}
