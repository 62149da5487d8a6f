import Foundation

/// Reads the rows of one worksheet of an XLSX workbook, streaming the sheet as it is unzipped.
///
/// The first worksheet is read unless a sheet is named. Cells become text: shared
/// and inline strings as written, booleans as `TRUE`/`FALSE`, formula results as
/// their last value, error cells as their code (`#N/A`, with a warning), numbers as
/// stored (`4`, `0.5`), and a number whose style is a date or time format as ISO 8601
/// text (`2025-07-01`, `10:22:03`, `2025-07-01T10:22:03`), in the workbook's 1900 or
/// 1904 date system. Each cell lands at its column (from its `r` reference), with ""
/// in the columns skipped; empty cells at a row's end are dropped, a row with no text
/// is skipped, and a row's line is its sheet row number.
///
/// The shared strings are held in memory, up to ``Limits/maxSharedStringBytes``; the sheet
/// is not. The sheet and the shared strings are refused once they unpack past
/// ``Limits/maxPartBytes``, the parts that describe the workbook (its sheets' names,
/// relationships and styles) past ``Limits/maxLayoutPartBytes``, counted while unpacking.
public struct XLSXReader: RowSource {
  /// Bounds that keep a hostile or broken workbook from exhausting memory.
  public struct Limits: Sendable, Hashable {
    /// The most bytes one part of the workbook (its sheet, its shared strings) may unpack to.
    public var maxPartBytes: Int
    /// The most bytes of text the shared strings may hold in memory, counting 16 more for each string.
    public var maxSharedStringBytes: Int
    /// The most bytes a part describing the workbook (`workbook.xml`, relationships, `styles.xml`) may unpack to.
    public var maxLayoutPartBytes: Int

    /// Limits with the given bounds: 256 MiB a part, 64 MiB of shared strings, 16 MiB a layout part.
    public init(maxPartBytes: Int = 256 << 20, maxSharedStringBytes: Int = 64 << 20, maxLayoutPartBytes: Int = 16 << 20)
    {
      self.maxPartBytes = maxPartBytes
      self.maxSharedStringBytes = maxSharedStringBytes
      self.maxLayoutPartBytes = maxLayoutPartBytes
    }

    /// The limits used unless told otherwise.
    public static let standard = Limits()
  }

  /// The file name used in diagnostics.
  public let name: String
  private let stream: XLSXRowStream

  /// A reader of the workbook at `path`, reading its first worksheet or the one named `sheet`.
  public init(path: String, sheet: String? = nil, limits: Limits = .standard) throws(InputError) {
    name = path
    stream = try XLSXRowStream(XLSXPackage(path: path, limits: limits), sheet: sheet)
  }

  /// A reader of a workbook already in memory, named `name` in diagnostics.
  public init(data: Data, name: String, sheet: String? = nil, limits: Limits = .standard) throws(InputError) {
    self.name = name
    stream = try XLSXRowStream(XLSXPackage(data: data, name: name, limits: limits), sheet: sheet)
  }

  /// The problems found so far; grows as rows are read.
  public var diagnostics: [Diagnostic] { stream.diagnostics }

  /// The next row with any text, or nil at the end of the sheet or after an error.
  public mutating func next() throws(InputError) -> Row? {
    try stream.next()
  }
}
