import CardModel
import ExportKit
import Foundation

/// Anki-importable text of the cue cards (SPEC §3.3): one note per card, front and back as
/// HTML, tags from the topic path, a GUID that stays the same across exports, with the header
/// lines that tell Anki how to read it.
public struct AnkiExporter: Exporter {
  public let name = "anki"
  public let fileExtension = "anki.txt"
  public let summary = "Anki-importable TSV of the cue cards (re-importing updates the notes)"
  public let isBinary = false
  /// `--deck`.
  public typealias Options = DeckOptions

  public init() {}

  /// UTF-8 text: Anki's header lines, then one note line per card.
  public func export(_ document: PrepDocument, options: ExportOptions) throws -> ExportProduct {
    let title = document.metadata.title
    let notes = AnkiDeck.notes(for: CardSelection.cards(for: document), title: title)
    let lines = AnkiDeck.header(deck: AnkiDeck.name(options.cards.deck, title: title)) + notes.map(\.line)
    return ExportProduct(data: Data((lines.joined(separator: "\n") + "\n").utf8))
  }

  /// A text import file holds no review.
  public func inspectExisting(_ data: Data, name: String) -> ReviewFindings? { nil }
}
