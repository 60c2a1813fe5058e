/// Why an export or a write failed.
public enum ExportError: Error, Sendable, Equatable, CustomStringConvertible {
  /// A ZIP read as input (reference doc, reviewed file) is unsafe or broken.
  case unsafeArchive(String, reason: String)
  /// A reference document lacks what is needed or is not of the right kind.
  case referenceDocument(String, reason: String)
  /// A file given to read (a reference document) is missing, unreadable or not a file.
  case input(String, reason: String)
  /// The existing output holds a mentor's review; `--force` overwrites it.
  case wouldOverwriteReview(String, ReviewFindings)
  /// A file given as a reviewed document is not a DOCX or ODT.
  case notReviewable(String, reason: String)
  /// Writing the output failed.
  case write(String, reason: String)
  /// A binary format to a terminal.
  case binaryToTerminal(String)
  case packaging(String)
  /// A program an export runs (LibreOffice, the card drawing program) is missing or failed.
  case tool(String, reason: String)

  public var description: String {
    switch self {
    case .unsafeArchive(let f, let r): return "\(f): refused: \(r)"
    case .referenceDocument(let f, let r): return "\(f): cannot use as reference document: \(r)"
    case .input(let f, let r): return "\(f): \(r)"
    case .wouldOverwriteReview(let f, let findings) where findings.unreadable != nil:
      return
        "\(f) exists and could not be checked for a mentor's review (\(findings.unreadable!)); write elsewhere with -o OTHER, or pass --force to overwrite it"
    case .wouldOverwriteReview(let f, let findings):
      return
        "\(f) holds a mentor's review (\(findings)); read it with `prepexport feedback \(f)`, write elsewhere with -o OTHER, or pass --force to overwrite it"
    case .notReviewable(let f, let r): return "\(f): cannot read a review: \(r)"
    case .write(let f, let r): return "\(f): cannot write: \(r)"
    case .binaryToTerminal(let format):
      return "refusing to write binary \(format) to a terminal; redirect stdout or choose a file with -o"
    case .packaging(let r): return "cannot package the document: \(r)"
    case .tool(let name, let r): return "\(name): \(r)"
    }
  }
}
