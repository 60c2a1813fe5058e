import ArgumentParser
import ExportKit
import Foundation

/// What every card format is told (SPEC §3.2, §3.2b, §3.3), one settings value shared by the
/// formats built on the same cards: the text card's size and frame, the printed card stock and
/// paper, `--duplex`, `--full`, the Anki deck. Each format reads what it uses.
public struct CardOptions: Sendable, Equatable {
  public enum Border: String, Sendable, CaseIterable, ExpressibleByArgument { case ascii, unicode, none }
  public enum Separator: String, Sendable, CaseIterable, ExpressibleByArgument { case formfeed, blank }
  /// The index-card sizes, printed landscape: 5×3 in, 6×4 in, A6 (148×105 mm).
  public enum Stock: String, Sendable, CaseIterable, Codable, ExpressibleByArgument {
    case threeByFive = "3x5"
    case fourBySix = "4x6"
    case a6
  }
  /// What printed cards go on: a page per card at the card's size, or as many cards as fit on
  /// an A4 or Letter sheet, with cut marks.
  public enum Paper: String, Sendable, CaseIterable, Codable, ExpressibleByArgument { case card, a4, letter }

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

extension ExportOptions {
  /// The card formats' settings (defaults when none were given).
  public var cards: CardOptions {
    get { self[CardOptions.self] ?? CardOptions() }
    set { self[CardOptions.self] = newValue }
  }

  /// Options for a card format.
  public init(cards: CardOptions, creationDate: Date = Date(timeIntervalSince1970: 0), generator: String = "prepexport")
  {
    self.init(creationDate: creationDate, generator: generator)
    self.cards = cards
  }
}

/// A card size on the command line: `3x5`, `4x6`, `a6` or `COLSxROWS`.
public struct CardSize: ExpressibleByArgument, Sendable, CustomStringConvertible {
  public var columns: Int
  public var rows: Int
  /// The index-card stock, when the size names one.
  public var stock: CardOptions.Stock?
  /// As the user wrote it.
  public var description: String

  public init?(argument: String) {
    guard let size = CardOptions.size(argument) else { return nil }
    (columns, rows) = size
    stock = CardOptions.Stock(rawValue: argument.lowercased())
    description = argument
  }

  public var defaultValueDescription: String { description }
  public static var defaultCompletionKind: CompletionKind { .list(["3x5", "4x6", "a6"]) }
}

/// The options every card format on pages takes: `--size`, `--duplex`, `--full`.
public struct CardPageOptions: FormatOptions {
  @Option(
    name: .long,
    help: ArgumentHelp(
      "Card size: 3x5 (48×16), 4x6 (60×22), a6 (56×30), or for text cards COLSxROWS (20–400 columns, 6–400 rows).",
      valueName: "size"))
  public var size = CardSize(argument: "3x5")!
  @Flag(name: .long, help: "Question fronts and answer backs on alternating pages, for double-sided printing.")
  public var duplex = false
  @Flag(name: .long, help: "Keep every sentence of prose, however many cards it takes.") public var full = false

  public init() {}

  public func apply(to options: inout ExportOptions, files: any FileReading) throws {
    options.cards.columns = size.columns
    options.cards.rows = size.rows
    if let stock = size.stock { options.cards.stock = stock }
    options.cards.duplex = duplex
    options.cards.full = full
  }
}
