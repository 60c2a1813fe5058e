import Foundation
import PrepExport

/// What a batch prints while it runs, from every thread, one file's lines together: its
/// warnings and errors always, a progress line `[12/1000] a/prep.md: 4 files` on a terminal.
final class BatchReport: @unchecked Sendable {
  /// What one input gave.
  struct Outcome {
    var written: [String] = []
    var warnings: [String] = []
    var errors: [String] = []
  }

  private let lock = NSLock()
  private let total: Int
  private let showProgress: Bool
  private var done = 0
  private(set) var summary = BatchExport.Summary()

  init(total: Int, showProgress: Bool) {
    self.total = total
    self.showProgress = showProgress
  }

  func finished(_ item: BatchPlan.Item, _ outcome: Outcome) {
    lock.lock()
    defer { lock.unlock() }
    done += 1
    summary.inputs += 1
    summary.filesWritten += outcome.written.count
    if !outcome.errors.isEmpty { summary.failed.append(item.input) }
    for warning in outcome.warnings { Console.warning(warning) }
    for error in outcome.errors {
      // Messages that name their file already (`prep.md:3:1: …`) stand as they are.
      Console.error(error.contains(item.input) ? error : "\(item.input): \(error)")
    }
    if showProgress {
      let width = String(total).count
      let number = String(repeating: " ", count: width - String(done).count) + String(done)
      let result = outcome.errors.isEmpty ? "\(outcome.written.count) files" : "failed"
      FileHandle.standardError.write(Data("[\(number)/\(total)] \(item.input): \(result)\n".utf8))
    }
  }

  /// One line for any error a file can give.
  static func describe(_ error: Error) -> String {
    switch error {
    case let error as ReadError: return error.description.split(separator: "\n").joined(separator: "; ")
    case let error as ExportError: return error.description
    case let error as CommandLineError: return error.description
    default: return "\(error)"
    }
  }
}
