import ArgumentParser
import Foundation
import PrepExport

/// `prepexport docx|odt …`: documents to share.
struct DocumentCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "prepexport \(FormatSelection.exporter.name)", abstract: FormatSelection.exporter.summary)
  }

  @OptionGroup var input: InputOptions
  @Option(
    name: .short, help: ArgumentHelp("Output file ('-' for stdout); default Output/<input>.<ext>.", valueName: "path"))
  var output: String?
  @Flag(name: .long, help: "Add a table of contents.") var toc = false
  @Flag(name: .long, help: "Add Mentor notes boxes and switch change tracking on.") var review = false
  @Option(name: .customLong("reference-doc"), help: "Take styles, page setup and fonts from this .docx/.odt.")
  var referenceDoc: String?
  @Flag(name: .long, help: "Overwrite an output file that holds a mentor's comments or tracked changes.") var force =
    false

  func run() throws {
    try Console.run {
      let document = try input.readDocument()
      var options = ExportOptions(
        tableOfContents: toc, review: review, creationDate: try Clock.creationDate(),
        generator: "prepexport \(PrepExportVersion.string)", warning: Console.warning)
      if let referenceDoc {
        let file = try InputLoader.load(path: referenceDoc)
        options.referenceDocument = ReferenceDocument(name: referenceDoc, bytes: Data(file.bytes))
      }
      try Exporting.write(document, exporter: FormatSelection.exporter, options: options, output: output, force: force)
    }
  }
}

/// `prepexport cards|anki …`: cue cards.
struct CardsCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "prepexport \(FormatSelection.exporter.name)", abstract: FormatSelection.exporter.summary)
  }

  @OptionGroup var input: InputOptions
  @Option(
    name: .short, help: ArgumentHelp("Output file ('-' for stdout); default Output/<input>.<ext>.", valueName: "path"))
  var output: String?
  @Option(name: .long, help: "Card size: 3x5 (48×16), 4x6 (60×22), a6 (56×30) or COLSxROWS.") var size = "3x5"
  @Option(name: .long, help: "Border: ascii, unicode or none.") var border = "ascii"
  @Option(name: .long, help: "Between cards: formfeed (one card per printed page) or blank (for screens).")
  var separator = "formfeed"
  @Flag(name: .long, help: "Question fronts and answer backs on alternating pages, for double-sided printing.")
  var duplex = false
  @Flag(name: .long, help: "Every sentence of prose, even when that needs more than one card.") var full = false

  func validate() throws {
    guard CardOptions.size(size) != nil else {
      throw ValidationError("--size \(size): use 3x5, 4x6, a6 or COLSxROWS (20–400 columns, 6–400 rows)")
    }
    guard CardOptions.Border(rawValue: border) != nil else {
      throw ValidationError("--border \(border): use ascii, unicode or none")
    }
    guard CardOptions.Separator(rawValue: separator) != nil else {
      throw ValidationError("--separator \(separator): use formfeed or blank")
    }
  }

  func run() throws {
    try Console.run {
      let document = try input.readDocument()
      let (columns, rows) = CardOptions.size(size)!
      let cards = CardOptions(
        columns: columns, rows: rows, border: CardOptions.Border(rawValue: border)!,
        separator: CardOptions.Separator(rawValue: separator)!, duplex: duplex, full: full)
      let options = ExportOptions(
        creationDate: try Clock.creationDate(), generator: "prepexport \(PrepExportVersion.string)", cards: cards,
        warning: Console.warning)
      try Exporting.write(document, exporter: FormatSelection.exporter, options: options, output: output, force: false)
    }
  }
}

/// `prepexport cards-pdf …`: cue cards printed on index cards or on A4/Letter sheets.
struct PrintedCardsCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "prepexport \(FormatSelection.exporter.name)", abstract: FormatSelection.exporter.summary)
  }

  @OptionGroup var input: InputOptions
  @Option(
    name: .short, help: ArgumentHelp("Output file ('-' for stdout); default Output/<input>.<ext>.", valueName: "path"))
  var output: String?
  @Option(name: .long, help: "Card size, landscape: 3x5 (5×3 in), 4x6 (6×4 in) or a6 (148×105 mm).") var size = "3x5"
  @Option(
    name: .long,
    help: "card: a page per card at its real size; a4 or letter: as many cards per sheet as fit, with cut marks.")
  var paper = "card"
  @Flag(name: .long, help: "Fronts (title or question) and backs (points) on alternate pages, for a long-edge flip.")
  var duplex = false
  @Flag(name: .long, help: "Every sentence of prose, even when that needs more than one card.") var full = false

  func validate() throws {
    guard CardOptions.Stock(rawValue: size.lowercased()) != nil else {
      throw ValidationError("--size \(size): use 3x5, 4x6 or a6 (printed cards have a real size)")
    }
    guard CardOptions.Paper(rawValue: paper.lowercased()) != nil else {
      throw ValidationError("--paper \(paper): use card, a4 or letter")
    }
  }

  func run() throws {
    try Console.run {
      let document = try input.readDocument()
      let cards = CardOptions(
        duplex: duplex, full: full, stock: CardOptions.Stock(rawValue: size.lowercased())!,
        paper: CardOptions.Paper(rawValue: paper.lowercased())!)
      let options = ExportOptions(
        creationDate: try Clock.creationDate(), generator: "prepexport \(PrepExportVersion.string)", cards: cards,
        warning: Console.warning)
      try Exporting.write(document, exporter: FormatSelection.exporter, options: options, output: output, force: false)
    }
  }
}

/// `prepexport anki …`: a flashcard deck.
struct DeckCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "prepexport \(FormatSelection.exporter.name)", abstract: FormatSelection.exporter.summary)
  }

  @OptionGroup var input: InputOptions
  @Option(
    name: .short, help: ArgumentHelp("Output file ('-' for stdout); default Output/<input>.<ext>.", valueName: "path"))
  var output: String?
  @Option(name: .long, help: "The deck the notes go into; default the document's title.") var deck: String?

  func run() throws {
    try Console.run {
      let document = try input.readDocument()
      let options = ExportOptions(
        creationDate: try Clock.creationDate(), generator: "prepexport \(PrepExportVersion.string)",
        cards: CardOptions(deck: deck), warning: Console.warning)
      try Exporting.write(document, exporter: FormatSelection.exporter, options: options, output: output, force: false)
    }
  }
}

/// Writing one export where the user asked.
enum Exporting {
  static func write(
    _ document: PrepDocument, exporter: any Exporter, options: ExportOptions, output: String?, force: Bool,
    folder: String = "Output"
  ) throws {
    let destination = OutputDestination.resolve(
      option: output, folder: folder, stem: document.sourceStem, fileExtension: exporter.fileExtension)
    if destination == .standardOutput && exporter.isBinary && isatty(1) != 0 {
      throw ExportError.binaryToTerminal(exporter.name)
    }
    let data = try ExportJob(exporter: exporter, options: options, destination: destination, force: force).run(document)
    switch destination {
    case .standardOutput: Console.standardOutput(data)
    case .file(let path): FileHandle.standardError.write(Data("wrote \(path)\n".utf8))
    }
  }
}
