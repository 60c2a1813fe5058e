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
  @Flag(name: .long, help: "Overwrite output files that hold a mentor's comments or tracked changes.") var force = false

  func run() throws {
    try Console.run {
      let document = try input.readDocument()
      let options = ExportOptions(
        creationDate: try Clock.creationDate(), generator: "prepexport \(PrepExportVersion.string)")
      for exporter in Registry.exporters {
        try Exporting.write(document, exporter: exporter, options: options, output: nil, force: force, folder: outDir)
      }
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
      for (name, bytes) in StarterFiles.files {
        try AtomicFile.write(Data(bytes), to: name)
        print("wrote \(name)")
      }
    }
  }
}
