/// Where an export goes: a file, or standard output (`-o -`).
public enum OutputDestination: Equatable, Sendable {
  case standardOutput
  case file(String)

  /// SPEC §3: `-o PATH` as given, `-o -` stdout, else `<folder>/<stem>.<ext>` with folder
  /// `Output` (or `--out-dir`).
  public static func resolve(option: String?, folder: String = "Output", stem: String, fileExtension: String)
    -> OutputDestination
  {
    if option == "-" { return .standardOutput }
    if let option { return .file(option) }
    return .file((folder.hasSuffix("/") ? folder : folder + "/") + stem + "." + fileExtension)
  }
}
