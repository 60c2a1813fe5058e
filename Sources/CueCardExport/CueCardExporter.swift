import CardModel
import ExportKit
import Foundation

/// Plain-text cue cards to print, one per page (SPEC §3.2): a card per topic with material or
/// an answer and per question with its own answer, exact to the display column in a
/// monospace CJK font, wrapped with kinsoku, never truncated.
public struct CueCardExporter: Exporter {
  public let name = "cards"
  public let fileExtension = "cards.txt"
  public let summary = "plain-text cue cards to print, one per page"
  public let isBinary = false
  /// `--size`, `--duplex`, `--full`, `--border`, `--separator`.
  public typealias Options = CueCardOptions

  public init() {}

  /// UTF-8 text: the cards of `document` laid out as `options.cards` says.
  public func export(_ document: PrepDocument, options: ExportOptions) throws -> ExportProduct {
    let contents = CardSelection.cards(for: document)
    return ExportProduct(
      data: Data(CardDeck(options: options.cards, lang: document.metadata.lang).text(for: contents).utf8))
  }

  /// Plain text holds no review.
  public func inspectExisting(_ data: Data, name: String) -> ReviewFindings? { nil }
}
