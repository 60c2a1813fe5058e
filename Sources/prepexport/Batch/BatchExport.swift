import Foundation
import PrepExport

/// `prepexport all --each FILES… --out-dir DIR`: each input its own document, exported to every
/// format on every core. The model and the exporters are values, so inputs share nothing but
/// the output lock; one bad file is reported and the rest go on.
struct BatchExport {
  var plan: BatchPlan
  var exporters: [any Exporter]
  var settings: ExportOptions
  var readOptions: ReadOptions
  var outDir: String
  var force: Bool
  /// One progress line per finished file (on a terminal only).
  var showProgress: Bool

  /// What the batch did, for the summary and the exit status.
  struct Summary: Sendable {
    var inputs = 0
    var filesWritten = 0
    var failed: [String] = []
  }

  /// Runs the batch and returns what it did.
  func run() -> Summary {
    let report = BatchReport(total: plan.items.count, showProgress: showProgress)
    // Folders first, on one thread: creating the same folder from two threads races. One
    // that cannot be made is reported with its reason by each write into it.
    for folder in plan.folders(in: outDir) {
      try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }
    let items = plan.items
    DispatchQueue.concurrentPerform(iterations: items.count) { index in
      report.finished(items[index], export(items[index]))
    }
    return report.summary
  }

  /// One input: read, export to every format, write. Returns the files written, the warnings
  /// and the errors (each one line).
  func export(_ item: BatchPlan.Item) -> BatchReport.Outcome {
    var outcome = BatchReport.Outcome()
    let document: PrepDocument
    do {
      let file = try InputLoader.load(path: item.input)
      try InputCheck.refuse(file, option: nil)
      let result = try PrepReader.read([file], answers: nil, options: readOptions)
      outcome.warnings = result.warnings.map(\.description)
      document = result.document
    } catch {
      outcome.errors.append(BatchReport.describe(error))
      return outcome
    }
    for exporter in exporters {
      let path = BatchPlan.path(outDir: outDir, stem: item.stem, fileExtension: exporter.fileExtension)
      do {
        let product = try ExportJob(exporter: exporter, options: settings, destination: .file(path), force: force)
          .run(document)
        outcome.written.append(path)
        outcome.warnings += product.warnings
      } catch {
        outcome.errors.append("\(exporter.name): " + BatchReport.describe(error))
      }
    }
    return outcome
  }
}
