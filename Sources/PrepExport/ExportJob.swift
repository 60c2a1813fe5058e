import Foundation

/// One export from read model to destination: render, then write atomically (or hand the
/// bytes back for standard output). The file-system edge for formats.
public struct ExportJob {
  public var exporter: any Exporter
  public var options: ExportOptions
  public var destination: OutputDestination
  /// Overwrite a file that holds a mentor's review (comments, tracked changes, text
  /// prepexport did not write).
  public var force: Bool

  public init(exporter: any Exporter, options: ExportOptions, destination: OutputDestination, force: Bool = false) {
    self.exporter = exporter
    self.options = options
    self.destination = destination
    self.force = force
  }

  /// Renders the document and writes it to its file; returns the bytes for standard output.
  @discardableResult
  public func run(_ document: PrepDocument) throws -> Data {
    if case .file(let path) = destination, !force, let reader = exporter as? any ReviewReading,
      let existing = FileManager.default.contents(atPath: path),
      let findings = reader.inspectExisting(existing, name: path)
    {
      throw ExportError.wouldOverwriteReview(path, findings)
    }
    let data = try exporter.export(document, options: options)
    if case .file(let path) = destination { try AtomicFile.write(data, to: path) }
    return data
  }
}
