import ArgumentParser
import CardModel
import ExportKit

/// What printed cards go on: `--paper card|a4|letter`.
public struct PaperOptions: FormatOptions {
  @Option(
    name: .long,
    help: "card: one card per page at its real size; a4 or letter: as many cards per sheet as fit, with cut marks.")
  public var paper = CardOptions.Paper.card

  public init() {}

  public func apply(to options: inout ExportOptions, files: any FileReading) throws { options.cards.paper = paper }
}

/// Everything `prepexport cards-pdf` takes.
public struct PrintedCardOptions: FormatOptions {
  @OptionGroup public var page: CardPageOptions
  @OptionGroup public var paper: PaperOptions

  public init() {}

  public func validate() throws {
    guard page.size.stock != nil else {
      throw ValidationError("--size \(page.size): printed cards are 3x5, 4x6 or a6")
    }
  }

  public func apply(to options: inout ExportOptions, files: any FileReading) throws {
    try page.apply(to: &options, files: files)
    try paper.apply(to: &options, files: files)
  }
}
