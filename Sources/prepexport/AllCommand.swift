import ArgumentParser
import Foundation
import PrepExport

/// `prepexport all`: every registered format at once, for one document or (`--each`) for a
/// batch of documents.
struct AllCommand: ParsableCommand {
  static let configuration = CommandConfiguration.prepexport(
    "all", abstract: "Export to every format at once: " + Registry.exporters.map(\.name).joined(separator: ", ") + ".",
    discussion: """
      With --each, every input is its own document, exported on every core: \
      `prepexport all --each notes/*.md --out-dir out`. The output folder mirrors the paths as \
      typed (a/prep.md and b/prep.md give out/a/prep.docx and out/b/prep.docx). A file that fails \
      is reported and the others go on; the exit status is 1 if any failed.
      """)

  @OptionGroup var input: InputOptions
  @Flag(name: .long, help: "Export each input as its own document, in parallel (a batch).") var each = false
  @Option(
    name: .customLong("out-dir"), help: ArgumentHelp("Folder for the files.", valueName: "dir"),
    completion: .directory)
  var outDir = "Output"
  @Flag(name: .long, help: "Overwrite output files that hold a mentor's review.") var force = false
  @OptionGroup var options: AllFormatsOptions

  /// What `--each` cannot be given. (Not `validate()`: swift-argument-parser would print its
  /// usage after the message.)
  private func checkBatch() throws {
    if input.inputs.isEmpty || input.inputs.contains("-") {
      throw CommandLineError.usage("--each exports files: name them, as in 'prepexport all --each notes/*.md'")
    }
    if input.answers != nil {
      throw CommandLineError.usage(
        "--answers belongs to one document; with --each, run one 'prepexport all PREP --answers ANSWERS' per pair")
    }
  }

  func run() throws {
    if each { try checkBatch() }
    try Console.run {
      var settings = try Exporting.baseOptions()
      try options.apply(to: &settings, files: FileReader())
      if each { return try runBatch(settings) }
      let document = try input.readDocument()
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

  private func runBatch(_ settings: ExportOptions) throws {
    let start = DispatchTime.now()
    let batch = BatchExport(
      plan: BatchPlan(inputs: input.inputs), exporters: Registry.exporters.filter { !$0.runsExternalProgram },
      settings: settings,
      readOptions: ReadOptions(
        lang: input.lang.flatMap(LanguageTag.init(parsing:)), cjkFont: input.cjkFont, strict: input.strict),
      outDir: outDir, force: force, showProgress: isatty(2) != 0)
    let summary = batch.run()
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
    let failures = summary.failed.isEmpty ? "none failed" : "\(summary.failed.count) failed"
    let external = Registry.exporters.filter(\.runsExternalProgram).map(\.name)
    let left =
      external.isEmpty ? "" : " (\(external.joined(separator: " and ")) left out: each runs a program per document)"
    FileHandle.standardError.write(
      Data(
        ("\(summary.inputs) inputs, \(batch.exporters.count) formats\(left): \(summary.filesWritten) files written to "
          + "\(outDir), \(failures), in \(String(format: "%.2f", seconds)) s\n").utf8))
    if !summary.failed.isEmpty { throw ExitCode(1) }
  }
}
