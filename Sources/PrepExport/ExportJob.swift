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

  /// Renders the document and writes it to its file; returns the product (its bytes are what
  /// goes to standard output).
  @discardableResult
  public func run(_ document: PrepDocument) throws -> ExportProduct {
    if case .file(let path) = destination, !force, exporter.isBinary,
      let existing = FileManager.default.contents(atPath: path),
      let findings = exporter.inspectExisting(existing, name: path)
    {
      throw ExportError.wouldOverwriteReview(path, findings)
    }
    let product = try exporter.export(document, options: options)
    if case .file(let path) = destination { try AtomicFile.write(product.data, to: path) }
    return product
  }
}
