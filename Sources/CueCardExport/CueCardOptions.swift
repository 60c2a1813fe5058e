import ArgumentParser
import CardModel
import ExportKit

/// The frame of plain-text cards: `--border`, `--separator`.
public struct TextCardOptions: FormatOptions {
  @Option(name: .long, help: "Border: ascii, unicode or none.") public var border = CardOptions.Border.ascii
  @Option(name: .long, help: "Between cards: formfeed (one card per printed page) or blank (for screens).")
  public var separator = CardOptions.Separator.formfeed

  public init() {}

  public func apply(to options: inout ExportOptions, files: any FileReading) throws {
    options.cards.border = border
    options.cards.separator = separator
  }
}

/// Everything `prepexport cards` takes.
public struct CueCardOptions: FormatOptions {
  @OptionGroup public var page: CardPageOptions
  @OptionGroup public var frame: TextCardOptions

  public init() {}

  public func apply(to options: inout ExportOptions, files: any FileReading) throws {
    try page.apply(to: &options, files: files)
    try frame.apply(to: &options, files: files)
  }
}
