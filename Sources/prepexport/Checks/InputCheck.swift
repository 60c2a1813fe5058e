import PrepExport

/// Refuses a file given as Markdown (input or `--answers`) that is something else, in one line
/// saying what it is and what to run instead. Nothing has been written when this runs.
enum InputCheck {
  /// Checks the prep inputs and the answers file.
  static func refuseNonMarkdown(_ inputs: [InputFile], answers: InputFile?) throws {
    for file in inputs { try refuse(file, option: nil) }
    if let answers { try refuse(answers, option: "--answers") }
  }

  static func refuse(_ file: InputFile, option: String?) throws {
    guard let kind = InputKind.sniff(file.bytes) else { return }
    let what = (option.map { "\($0) " } ?? "") + file.name
    let not = kind == .utf16 || kind == .utf32 ? "not UTF-8" : "not Markdown"
    throw CommandLineError.input("\(what) is \(kind.name), \(not); \(advice(kind, file.name))")
  }

  /// What to do instead, for each kind.
  static func advice(_ kind: InputKind, _ name: String) -> String {
    let quoted = ShellQuoting.quote(name)
    switch kind {
    case .docx, .odt:
      return "to read a mentor's comments and changes from it, run: prepexport feedback \(quoted)"
    case .legacyOffice:
      return "open it in Word or LibreOffice and save it as .docx (then run: prepexport feedback on it), "
        + "or save your notes as Markdown (.md)"
    case .pdf:
      return "give the Markdown notes it was made from (prep.md); prepexport init writes a starter"
    case .rtf:
      return "save it as plain text (.md or .txt, UTF-8) and give that file"
    case .utf16, .utf32:
      return "save the file as UTF-8 (in most editors: Save As, Encoding: UTF-8)"
    case .otherOpenDocument, .otherOffice, .zip, .image, .archive, .executable, .database, .binary:
      return "give your Markdown notes (prep.md); prepexport init writes a starter"
    }
  }
}
