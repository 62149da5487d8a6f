import CXLSXWriter

/// The libxlsxwriter formats a workbook's cells use, made once per workbook.
struct XLSXCellFormats {
  let header: UnsafeMutablePointer<lxw_format>?
  let wrappedText: UnsafeMutablePointer<lxw_format>?
  let percent: UnsafeMutablePointer<lxw_format>?
  let date: UnsafeMutablePointer<lxw_format>?
  let suppressed: UnsafeMutablePointer<lxw_format>?

  init(workbook: UnsafeMutablePointer<lxw_workbook>) {
    header = workbook_add_format(workbook)
    format_set_bold(header)
    format_set_text_wrap(header)
    format_set_align(header, UInt8(LXW_ALIGN_VERTICAL_TOP.rawValue))
    format_set_bottom(header, UInt8(LXW_BORDER_THIN.rawValue))
    wrappedText = workbook_add_format(workbook)
    format_set_text_wrap(wrappedText)
    format_set_align(wrappedText, UInt8(LXW_ALIGN_VERTICAL_TOP.rawValue))
    percent = workbook_add_format(workbook)
    format_set_num_format(percent, "0%")
    date = workbook_add_format(workbook)
    format_set_num_format(date, "d mmm yyyy")
    format_set_align(date, UInt8(LXW_ALIGN_LEFT.rawValue))
    suppressed = workbook_add_format(workbook)
    format_set_italic(suppressed)
    format_set_font_color(suppressed, 0x505A5F)
    format_set_align(suppressed, UInt8(LXW_ALIGN_RIGHT.rawValue))
  }
}

/// Writing one ``XLSXSheet`` into a libxlsxwriter workbook: header, cells, widths, frozen header, filter, print setup.
struct XLSXSheetWriting {
  let sheet: XLSXSheet
  let name: String
  let formats: XLSXCellFormats
  let suppressedText: String
  let path: String

  func write(into workbook: UnsafeMutablePointer<lxw_workbook>) throws {
    guard let worksheet = workbook_add_worksheet(workbook, name) else {
      throw XLSXWriteError(path: path, problem: .library("the sheet \"\(name)\" could not be added"))
    }
    let widths = sheet.columnWidths(suppressedText: suppressedText)
    let wraps = widths.map { $0 >= Double(XLSXSheet.widestColumn) }
    for (column, title) in sheet.header.enumerated() {
      try check(
        worksheet_write_string(worksheet, 0, lxw_col_t(column), XLSXCell.neutralisedText(title), formats.header),
        row: 0, column: column)
    }
    for (index, row) in sheet.rows.enumerated() {
      for (column, cell) in row.enumerated() {
        try write(cell, to: worksheet, row: index + 1, column: column, wraps: wraps[column])
      }
    }
    let lastColumn = lxw_col_t(max(sheet.columnCount, 1) - 1)
    for (column, width) in widths.enumerated() {
      try check(
        worksheet_set_column(worksheet, lxw_col_t(column), lxw_col_t(column), width, nil), row: 0, column: column)
    }
    worksheet_freeze_panes(worksheet, 1, 0)
    try check(worksheet_autofilter(worksheet, 0, 0, lxw_row_t(sheet.rows.count), lastColumn), row: 0, column: 0)
    try check(worksheet_repeat_rows(worksheet, 0, 0), row: 0, column: 0)
    worksheet_set_paper(worksheet, 9)
    worksheet_fit_to_pages(worksheet, 1, 0)
  }

  private func write(
    _ cell: XLSXCell, to worksheet: UnsafeMutablePointer<lxw_worksheet>, row: Int, column: Int, wraps: Bool
  ) throws {
    let r = lxw_row_t(row)
    let c = lxw_col_t(column)
    let result: lxw_error
    switch cell {
    case .text(let text):
      guard text.utf16.count < XLSXWorkbookWriter.maximumTextLength else {
        throw XLSXWriteError(
          path: path,
          problem: .textTooLong(sheet: name, cell: XLSXWriteError.cellReference(row: row, column: column)))
      }
      // A NUL would end the C string early and lose the rest of the text.
      let whole = text.contains("\0") ? String(text.unicodeScalars.filter { $0 != "\0" }) : text
      result = worksheet_write_string(
        worksheet, r, c, XLSXCell.neutralisedText(whole), wraps ? formats.wrappedText : nil)
    case .integer(let value):
      result = worksheet_write_number(worksheet, r, c, Double(value), nil)
    case .number(let value):
      guard value.isFinite else { return }
      result = worksheet_write_number(worksheet, r, c, value, nil)
    case .percent(let value):
      guard value.isFinite else { return }
      result = worksheet_write_number(worksheet, r, c, value, formats.percent)
    case .date(let day):
      guard day.year >= 1900 else {
        result = worksheet_write_string(worksheet, r, c, day.description, nil)
        break
      }
      var moment = lxw_datetime(
        year: Int32(day.year), month: Int32(day.month), day: Int32(day.day), hour: 0, min: 0, sec: 0)
      result = worksheet_write_datetime(worksheet, r, c, &moment, formats.date)
    case .empty:
      return
    case .suppressed:
      result = worksheet_write_string(worksheet, r, c, XLSXCell.neutralisedText(suppressedText), formats.suppressed)
    }
    try check(result, row: row, column: column)
  }

  private func check(_ result: lxw_error, row: Int, column: Int) throws {
    guard result != LXW_NO_ERROR else { return }
    if result == LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED {
      throw XLSXWriteError(
        path: path, problem: .textTooLong(sheet: name, cell: XLSXWriteError.cellReference(row: row, column: column)))
    }
    throw XLSXWriteError(path: path, problem: .library(String(cString: lxw_strerror(result))))
  }
}
