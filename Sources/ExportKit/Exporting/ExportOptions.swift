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
  /// Where an exporter tells the user what does not stop it (a font that is not installed);
  /// the command line prints each as a warning.
  public var warning: @Sendable (String) -> Void

  public init(
    tableOfContents: Bool = false, review: Bool = false, referenceDocument: ReferenceDocument? = nil,
    creationDate: Date = Date(timeIntervalSince1970: 0), generator: String = "prepexport",
    cards: CardOptions = CardOptions(), warning: @escaping @Sendable (String) -> Void = { _ in }
  ) {
    self.tableOfContents = tableOfContents
    self.review = review
    self.referenceDocument = referenceDocument
    self.creationDate = creationDate
    self.generator = generator
    self.cards = cards
    self.warning = warning
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

/// Cue-card size, border and separation (SPEC §3.2), and what the card formats built on the
/// same cards take: the printed card stock and paper (PDF), `--full`, the Anki deck.
public struct CardOptions: Sendable, Equatable {
  public enum Border: String, Sendable, CaseIterable { case ascii, unicode, none }
  public enum Separator: String, Sendable, CaseIterable { case formfeed, blank }
  /// The index-card sizes, printed landscape: 5×3 in, 6×4 in, A6 (148×105 mm).
  public enum Stock: String, Sendable, CaseIterable, Codable {
    case threeByFive = "3x5"
    case fourBySix = "4x6"
    case a6
  }
  /// What printed cards go on: a page per card at the card's size, or as many cards as fit
  /// on an A4 or Letter sheet, with cut marks.
  public enum Paper: String, Sendable, CaseIterable, Codable { case card, a4, letter }

  /// Width in display columns.
  public var columns: Int
  /// Height in rows.
  public var rows: Int
  public var border: Border
  public var separator: Separator
  /// Question fronts and answer backs on alternating pages.
  public var duplex: Bool
  /// `--full`: every sentence of prose on the card, even when that needs more than one card
  /// (otherwise the first sentence of each paragraph then).
  public var full: Bool
  /// The printed card size (PDF cards).
  public var stock: Stock
  /// The paper printed cards go on (PDF cards).
  public var paper: Paper
  /// `--deck`: the Anki deck; nil for the document's title.
  public var deck: String?

  public init(
    columns: Int = 48, rows: Int = 16, border: Border = .ascii, separator: Separator = .formfeed, duplex: Bool = false,
    full: Bool = false, stock: Stock = .threeByFive, paper: Paper = .card, deck: String? = nil
  ) {
    self.columns = columns
    self.rows = rows
    self.border = border
    self.separator = separator
    self.duplex = duplex
    self.full = full
    self.stock = stock
    self.paper = paper
    self.deck = deck
  }

  /// Parses `3x5`, `4x6`, `a6` or `COLSxROWS`; nil for anything else.
  public static func size(_ text: String) -> (columns: Int, rows: Int)? {
    switch Stock(rawValue: text.lowercased()) {
    case .threeByFive: return (48, 16)
    case .fourBySix: return (60, 22)
    case .a6: return (56, 30)
    case nil:
      let parts = text.lowercased().split(separator: "x")
      guard parts.count == 2, let c = Int(parts[0]), let r = Int(parts[1]), (20...400).contains(c),
        (6...400).contains(r)
      else { return nil }
      return (c, r)
    }
  }
}
