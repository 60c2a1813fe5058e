import ExportKit
import Foundation

/// What a card printer is asked to draw: the cards, and how (stock, paper, duplex, fonts,
/// language). The PDF card format hands it, as JSON, to the separate program that draws with
/// Pango and Cairo, so that the main binary never loads those libraries.
public struct CardPrintJob: Sendable, Equatable, Codable {
  /// The cards, in print order.
  public var cards: [CardContent]
  /// The document's language, BCP 47 ("zh-CN").
  public var lang: String
  /// Front matter `fonts` (`--cjk-font` included); nil means the printer's default.
  public var latinFont: String?
  public var cjkFont: String?
  public var monoFont: String?
  public var stock: CardOptions.Stock
  public var paper: CardOptions.Paper
  /// Fronts and backs on alternate pages, for double-sided printing.
  public var duplex: Bool
  /// Every sentence of prose, however many cards it takes.
  public var full: Bool
  /// The PDF's title, author and creator, and its creation time (SOURCE_DATE_EPOCH).
  public var title: String
  public var author: String?
  public var creator: String
  public var creationDate: Date

  public init(
    cards: [CardContent], lang: String, latinFont: String? = nil, cjkFont: String? = nil, monoFont: String? = nil,
    stock: CardOptions.Stock = .threeByFive, paper: CardOptions.Paper = .card, duplex: Bool = false,
    full: Bool = false, title: String = "", author: String? = nil, creator: String = "prepexport",
    creationDate: Date = Date(timeIntervalSince1970: 0)
  ) {
    self.cards = cards
    self.lang = lang
    self.latinFont = latinFont
    self.cjkFont = cjkFont
    self.monoFont = monoFont
    self.stock = stock
    self.paper = paper
    self.duplex = duplex
    self.full = full
    self.title = title
    self.author = author
    self.creator = creator
    self.creationDate = creationDate
  }

  /// The job for `document` with `options`.
  public init(_ document: PrepDocument, options: ExportOptions) {
    let m = document.metadata
    self.init(
      cards: CardSelection.cards(for: document), lang: m.lang.description, latinFont: m.fonts.latin,
      cjkFont: m.fonts.cjk, monoFont: m.fonts.mono, stock: options.cards.stock, paper: options.cards.paper,
      duplex: options.cards.duplex, full: options.cards.full, title: m.title, author: m.candidate,
      creator: options.generator, creationDate: options.creationDate)
  }

  /// The language as a tag (English when it does not parse).
  public var languageTag: LanguageTag { LanguageTag(parsing: lang) ?? .english }
}
