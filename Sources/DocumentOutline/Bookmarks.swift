import PrepModel

/// Bookmark names of the headings: `_Prep1`, `_Prep2`… in document order. Short, unique and
/// the same in every format: Word and LibreOffice keep bookmark names to 40 characters (longer
/// topic ids would collide when cut), and a leading underscore hides them from Word's list.
/// `prepexport feedback` maps them back to topic ids through the recorded outline.
public enum Bookmarks {
  /// The bookmark of the heading of the `number`-th topic (1-based, depth first).
  public static func topic(_ number: Int) -> String { "_Prep\(number)" }
  /// The appendix heading's bookmark.
  public static let appendix = "_PrepAppendix"
  /// The bookmark of the `number`-th unmatched answer (1-based).
  public static func unmatchedAnswer(_ number: Int) -> String { "_PrepAnswer\(number)" }
}
