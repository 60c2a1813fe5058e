import ArgumentParser
import Foundation
import PrepExport

/// `prepexport watch`: exports once, then again on every save of the inputs or the answers,
/// one line per export, until Ctrl-C (exit 0).
struct WatchCommand: ParsableCommand {
  static let configuration = CommandConfiguration.prepexport(
    "watch", abstract: "Export again on every save of the inputs or the answers, until Ctrl-C.",
    discussion: """
      Name the formats among the inputs, as in `prepexport watch prep.md --answers answers.md docx cards` \
      (none: every format). Each export prints one line: the time, the formats and the files written; \
      warnings and errors follow it, and a file that cannot be read is tried again at its next save.
      """)

  @OptionGroup var input: InputOptions
  @Option(
    name: .customLong("out-dir"), help: ArgumentHelp("Folder for the files.", valueName: "dir"),
    completion: .directory)
  var outDir = "Output"
  @Flag(name: .long, help: "Overwrite output files that hold a mentor's review.") var force = false
  @Flag(
    name: .long,
    help: "Look at the files twice a second instead of asking the kernel (for network file systems).")
  var poll = false
  @OptionGroup var options: AllFormatsOptions

  /// The words among the positional arguments that name formats, in the order given; the rest
  /// are files. Write `./docx` for a file called `docx`.
  var formats: [any Exporter] {
    var seen = Set<String>()
    let named = input.inputs.filter { seen.insert($0).inserted }.compactMap(Registry.exporter(named:))
    if input.inputs.contains("all") { return Registry.exporters }
    // Formats that run another program per export come only when named.
    return named.isEmpty ? Registry.exporters.filter { !$0.runsExternalProgram } : named
  }

  var files: [String] {
    input.inputs.filter { word in word != "all" && !Registry.exporters.contains { $0.name == word } }
  }

  func run() throws {
    if files.contains("-") { throw CommandLineError.usage("watch reads files, not stdin: name the file to watch") }
    try NoInputGuide.check(files, command: "watch", stdinIsTerminal: true)
    let stop = StopSignal()
    var settings = try Exporting.baseOptions()
    let watched = files + (input.answers.map { [$0] } ?? [])
    try Console.run {
      // A mistyped name is an error now, not a wait for a file that will never come.
      for path in watched where !FileManager.default.fileExists(atPath: path) { throw ReadError.missingFile(path) }
      try options.apply(to: &settings, files: FileReader())
    }
    var watcher: any ChangeWatcher = PollingWatcher(paths: watched)
    if !poll {
      if let inotify = InotifyWatcher(paths: watched) {
        watcher = inotify
      } else {
        Console.warning("inotify is unavailable here; looking at the files twice a second instead")
      }
    }
    FileHandle.standardError.write(
      Data("watching \(watched.joined(separator: ", ")) (Ctrl-C stops)\n".utf8))
    let export = WatchExport(
      input: input, files: files, formats: formats, settings: settings, outDir: outDir, force: force)
    export.run()
    while !stop.arrived, watcher.waitForChange(stop: stop.fd) {
      export.run()
    }
  }
}

/// One export of a watch: read the files again, write every format, print one line.
struct WatchExport {
  var input: InputOptions
  var files: [String]
  var formats: [any Exporter]
  var settings: ExportOptions
  var outDir: String
  var force: Bool

  init(
    input: InputOptions, files: [String], formats: [any Exporter], settings: ExportOptions, outDir: String, force: Bool
  ) {
    self.input = input
    self.input.inputs = files
    self.files = files
    self.formats = formats
    self.settings = settings
    self.outDir = outDir
    self.force = force
  }

  func run() {
    let time = Self.clock.string(from: Date())
    let document: PrepDocument
    do {
      document = try input.readDocument(keepAlive: false)
    } catch {
      Console.error(BatchReport.describe(error) + " (waiting for the next save)")
      return
    }
    var written: [String] = []
    var failed: [String] = []
    for exporter in formats {
      let destination = OutputDestination.resolve(
        option: nil, folder: outDir, stem: document.sourceStem, fileExtension: exporter.fileExtension)
      do {
        let product = try ExportJob(exporter: exporter, options: settings, destination: destination, force: force)
          .run(document)
        for warning in product.warnings { Console.warning(warning) }
        if case .file(let path) = destination { written.append(path) }
      } catch {
        failed.append("\(exporter.name): " + BatchReport.describe(error))
      }
    }
    let names = formats.map(\.name).joined(separator: ", ")
    let line = "\(time) \(names): " + (written.isEmpty ? "nothing written" : written.joined(separator: ", "))
    Console.standardOutput(Data((line + "\n").utf8))
    for failure in failed { Console.error(failure) }
  }

  private static let clock: DateFormatter = {
    let formatter = DateFormatter()
    formatter.dateFormat = "HH:mm:ss"
    return formatter
  }()
}
