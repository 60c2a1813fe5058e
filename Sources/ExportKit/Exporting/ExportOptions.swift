import Foundation

/// Everything an exporter may be told, gathered at the edge (CLI) and passed in.
public struct ExportOptions: Sendable {
  /// `--toc`: a table of contents.
  public var tableOfContents: Bool
  /// `--review`: mentor-notes boxes and change tracking switched on.
  public var review: Bool
  /// `--reference-doc`: the user's own .docx/.odt, read as untrusted bytes.
  public var referenceDocument: ReferenceDocument?
  /// The creation time written into properties and ZIP entries: now, or `SOURCE_DATE_EPOCH`.
  public var creationDate: Date
  /// "prepexport 0.1.0", written as the generator.
  public var generator: String
  /// Cue-card layout (cards and formats built on them).
  public var cards: CardOptions

  public init(
    tableOfContents: Bool = false, review: Bool = false, referenceDocument: ReferenceDocument? = nil,
    creationDate: Date = Date(timeIntervalSince1970: 0), generator: String = "prepexport",
    cards: CardOptions = CardOptions()
  ) {
    self.tableOfContents = tableOfContents
    self.review = review
    self.referenceDocument = referenceDocument
    self.creationDate = creationDate
    self.generator = generator
    self.cards = cards
  }
}

/// A user's reference document: its name for messages, and its bytes.
public struct ReferenceDocument: Sendable {
  public var name: String
  public var bytes: Data

  public init(name: String, bytes: Data) {
    self.name = name
    self.bytes = bytes
  }
}

/// Cue-card size, border and separation (SPEC §3.2).
public struct CardOptions: Sendable, Equatable {
  public enum Border: String, Sendable, CaseIterable { case ascii, unicode, none }
  public enum Separator: String, Sendable, CaseIterable { case formfeed, blank }

  /// Width in display columns.
  public var columns: Int
  /// Height in rows.
  public var rows: Int
  public var border: Border
  public var separator: Separator
  /// Question fronts and answer backs on alternating pages.
  public var duplex: Bool

  public init(
    columns: Int = 48, rows: Int = 16, border: Border = .ascii, separator: Separator = .formfeed, duplex: Bool = false
  ) {
    self.columns = columns
    self.rows = rows
    self.border = border
    self.separator = separator
    self.duplex = duplex
  }

  /// Parses `3x5`, `4x6`, `a6` or `COLSxROWS`; nil for anything else.
  public static func size(_ text: String) -> (columns: Int, rows: Int)? {
    switch text.lowercased() {
    case "3x5": return (48, 16)
    case "4x6": return (60, 22)
    case "a6": return (56, 30)
    default:
      let parts = text.lowercased().split(separator: "x")
      guard parts.count == 2, let c = Int(parts[0]), let r = Int(parts[1]), (20...400).contains(c),
        (6...400).contains(r)
      else { return nil }
      return (c, r)
    }
  }
}
