import Foundation

/// One export from read model to destination: render, then write atomically (or hand the
/// bytes back for standard output). The file-system edge for formats.
public struct ExportJob {
  public var exporter: any Exporter
  public var options: ExportOptions
  public var destination: OutputDestination
  /// Overwrite a file that holds a mentor's review.
  public var force: Bool

  public init(exporter: any Exporter, options: ExportOptions, destination: OutputDestination, force: Bool = false) {
    self.exporter = exporter
    self.options = options
    self.destination = destination
    self.force = force
  }

  /// Renders the document and writes it to its file; returns the bytes (for standard output)
  /// and the warnings to show.
  @discardableResult
  public func run(_ document: PrepDocument) throws -> ExportResult {
    if case .file(let path) = destination, !force, exporter.isBinary,
      let existing = FileManager.default.contents(atPath: path),
      ReviewDetector.holdsReview(existing, name: path)
    {
      throw ExportError.wouldOverwriteReview(path)
    }
    let result = try exporter.render(document, options: options)
    if case .file(let path) = destination { try AtomicFile.write(result.data, to: path) }
    return result
  }
}
