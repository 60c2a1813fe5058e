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
        generator: "prepexport \(PrepExportVersion.string)")
      if let referenceDoc { options.referenceDocument = try ReferenceDocument.load(path: referenceDoc) }
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
        separator: CardOptions.Separator(rawValue: separator)!, duplex: duplex)
      let options = ExportOptions(
        creationDate: try Clock.creationDate(), generator: "prepexport \(PrepExportVersion.string)", cards: cards)
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
    let result = try ExportJob(exporter: exporter, options: options, destination: destination, force: force).run(
      document)
    for warning in result.warnings { Console.warning(warning.description) }
    switch destination {
    case .standardOutput: Console.standardOutput(result.data)
    case .file(let path): FileHandle.standardError.write(Data("wrote \(path)\n".utf8))
    }
  }
}
