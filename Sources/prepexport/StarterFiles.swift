/// The starter files `prepexport init` writes, from Templates/starter (this target's
/// `Templates` folder links there), compiled into the binary by SwiftPM (`embedInCode`).
enum StarterFiles {
  /// Name and bytes, in the order they are written.
  static let files: [(name: String, bytes: [UInt8])] = [
    ("prep.md", PackageResources.prep_md), ("answers.md", PackageResources.answers_md),
  ]
}
