import ArgumentParser
import ExportKit
import Foundation

/// Cue-card size, border and separation (SPEC §3.2), shared by every card format.
public struct CardOptions: Sendable, Equatable {
  public enum Border: String, Sendable, CaseIterable, ExpressibleByArgument { case ascii, unicode, none }
  public enum Separator: String, Sendable, CaseIterable, ExpressibleByArgument { case formfeed, blank }

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

extension ExportOptions {
  /// The card formats' layout (defaults when none was given).
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
  /// As the user wrote it.
  public var description: String

  public init?(argument: String) {
    guard let size = CardOptions.size(argument) else { return nil }
    (columns, rows) = size
    description = argument
  }

  public var defaultValueDescription: String { description }

  public static var defaultCompletionKind: CompletionKind { .list(["3x5", "4x6", "a6"]) }
}

/// The command-line options of card formats.
public struct CardLayoutOptions: FormatOptions {
  @Option(
    name: .long,
    help: ArgumentHelp(
      "Card size: 3x5 (48×16), 4x6 (60×22), a6 (56×30) or COLSxROWS (20–400 columns, 6–400 rows).",
      valueName: "size"))
  public var size = CardSize(argument: "3x5")!
  @Option(name: .long, help: "Border: ascii, unicode or none.") public var border = CardOptions.Border.ascii
  @Option(name: .long, help: "Between cards: formfeed (one card per printed page) or blank (for screens).")
  public var separator = CardOptions.Separator.formfeed
  @Flag(name: .long, help: "Question fronts and answer backs on alternating pages, for double-sided printing.")
  public var duplex = false

  public init() {}

  public func apply(to options: inout ExportOptions, files: any FileReading) throws {
    options.cards = CardOptions(
      columns: size.columns, rows: size.rows, border: border, separator: separator, duplex: duplex)
  }
}
