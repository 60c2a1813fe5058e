import ArgumentParser
import Foundation
import PrepExport

/// `prepexport all`: every registered format at once.
struct AllCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "all",
    abstract: "Export to every format at once: " + Registry.exporters.map(\.name).joined(separator: ", ") + ".")

  @OptionGroup var input: InputOptions
  @Option(name: .customLong("out-dir"), help: ArgumentHelp("Folder for the files.", valueName: "dir")) var outDir =
    "Output"
  @Flag(name: .long, help: "Overwrite output files that hold a mentor's review.") var force = false
  @OptionGroup var options: AllFormatsOptions

  func run() throws {
    try Console.run {
      let document = try input.readDocument()
      var settings = try Exporting.baseOptions()
      try options.apply(to: &settings, files: FileReader())
      // Each format that can be written is; one that cannot (a reviewed output, LibreOffice
      // missing for pdf) is reported, and the exit status says that something failed.
      var failed = false
      for exporter in Registry.exporters {
        do {
          try Exporting.write(
            document, exporter: exporter, options: settings, output: nil, force: force, folder: outDir)
        } catch let error as ExportError {
          if case .wouldOverwriteReview = error {
            Console.error(error.description + " (skipped; the other formats are written)")
          } else {
            Console.error("\(exporter.name): \(error.description)")
          }
          failed = true
        }
      }
      if failed { throw ExitCode(1) }
    }
  }
}

/// `prepexport check`: prints the model.
struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check", abstract: "Print the model: topics, parts, questions, answers matched and unmatched.")

  @OptionGroup var input: InputOptions
  @Flag(name: .long, help: "Print JSON for machines.") var json = false

  func run() throws {
    try Console.run {
      let document = try input.readDocument()
      let text = json ? try ModelReport.json(document) : ModelReport.text(document)
      Console.standardOutput(Data(text.utf8))
    }
  }
}

/// `prepexport formats`: the registered exporters.
struct FormatsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "formats", abstract: "List the registered formats.")

  func run() throws {
    let width = Registry.exporters.map(\.name.count).max() ?? 0
    let ext = Registry.exporters.map(\.fileExtension.count).max() ?? 0
    for e in Registry.exporters {
      let line =
        e.name.padding(toLength: width + 2, withPad: " ", startingAt: 0)
        + ("." + e.fileExtension).padding(toLength: ext + 3, withPad: " ", startingAt: 0) + e.summary
      print(line)
    }
  }
}

/// `prepexport init`: starter files.
struct InitCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "init", abstract: "Write a starter prep.md and answers.md into the current folder.")

  func run() throws {
    try Console.run {
      let names = ["prep.md", "answers.md"]
      for name in names where FileManager.default.fileExists(atPath: name) {
        throw ExportError.write(name, reason: "it already exists; init never overwrites files")
      }
      for name in names {
        try AtomicFile.write(Data(EmbeddedTemplates.text("starter/\(name)")!.utf8), to: name)
        print("wrote \(name)")
      }
    }
  }
}
