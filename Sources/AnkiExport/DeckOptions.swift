import ArgumentParser
import CardModel
import ExportKit

/// The Anki deck: `--deck NAME`.
public struct DeckOptions: FormatOptions {
  @Option(
    name: .long, help: ArgumentHelp("The Anki deck to import into; default: the document's title.", valueName: "name"))
  public var deck: String?

  public init() {}

  public func apply(to options: inout ExportOptions, files: any FileReading) throws { options.cards.deck = deck }
}
