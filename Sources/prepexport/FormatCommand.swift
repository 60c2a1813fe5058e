import ArgumentParser
import Foundation
import PrepExport

/// `prepexport FORMAT …`: one real subcommand per registered format, with the format's own
/// options (its `Options` type) after the shared input and output options.
struct FormatCommand<Format: Exporter>: ParsableCommand {
  static var configuration: CommandConfiguration {
    let format = Format()
    return CommandConfiguration(
      commandName: format.name, abstract: format.summary, version: PrepExportVersion.string)
  }

  @OptionGroup var input: InputOptions
  @OptionGroup var output: OutputOptions
  @OptionGroup(title: "Format options") var options: Format.Options

  func run() throws {
    try OutputNameCheck.check(output.path, for: Format(), arguments: Array(CommandLine.arguments.dropFirst()))
    try Console.run {
      let document = try input.readDocument()
      var settings = try Exporting.baseOptions()
      try options.apply(to: &settings, files: FileReader())
      try Exporting.write(document, exporter: Format(), options: settings, output: output.path, force: output.force)
    }
  }
}

/// Where a format's output goes.
struct OutputOptions: ParsableArguments {
  @Option(
    name: .customShort("o"),
    help: ArgumentHelp("Output file ('-' for stdout); default Output/<input>.<ext>.", valueName: "path"))
  var path: String?
  @Flag(name: .long, help: "Overwrite an output file that holds a mentor's review.") var force = false
}

/// The registered formats as subcommands.
struct FormatCommands: FormatVisitor {
  var commands: [ParsableCommand.Type] = []
  mutating func visit<F: Exporter>(_ format: F.Type) { commands.append(FormatCommand<F>.self) }

  static var all: [ParsableCommand.Type] {
    var collector = FormatCommands()
    Registry.visit(&collector)
    return collector.commands
  }
}

/// Writing one export where the user asked.
enum Exporting {
  /// The options every export starts from: the creation time and the generator.
  static func baseOptions() throws -> ExportOptions {
    ExportOptions(creationDate: try Clock.creationDate(), generator: "prepexport \(PrepExportVersion.string)")
  }

  static func write(
    _ document: PrepDocument, exporter: any Exporter, options: ExportOptions, output: String?, force: Bool,
    folder: String = "Output"
  ) throws {
    let destination = OutputDestination.resolve(
      option: output, folder: folder, stem: document.sourceStem, fileExtension: exporter.fileExtension)
    if destination == .standardOutput && exporter.isBinary && isatty(1) != 0 {
      throw ExportError.binaryToTerminal(exporter.name)
    }
    let product = try ExportJob(exporter: exporter, options: options, destination: destination, force: force).run(
      document)
    for warning in product.warnings { Console.warning(warning) }
    switch destination {
    case .standardOutput: Console.standardOutput(product.data)
    case .file(let path): FileHandle.standardError.write(Data("wrote \(path)\n".utf8))
    }
  }
}

/// Reads the files options name (a reference document), at the command line's edge: what
/// the path names and its size are checked before a byte is read.
struct FileReader: FileReading {
  func read(_ path: String, as kind: String) throws -> Data {
    try ReferenceDocument.load(path: path, kind: kind).bytes
  }
}
