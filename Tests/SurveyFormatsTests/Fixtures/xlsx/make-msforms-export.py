"""Writes msforms-export.xlsx: a Microsoft Forms response export in miniature (invented answers).

Run with python3 and openpyxl: python3 make-msforms-export.py
"""
from datetime import date, datetime

from openpyxl import Workbook

book = Workbook()
sheet = book.active
sheet.title = "Sheet1"
sheet.append([
    "ID", "Start time", "Completion time", "Email", "Name",
    "Do you feel safe where you live?", "Which activities do you do?",
    "How many social workers have you had this year?", "Date of your last review",
    "Anything else you want to tell us?",
])
rows = [
    [1, datetime(2025, 7, 1, 10, 20, 5), datetime(2025, 7, 1, 10, 22, 3), "anonymous", None,
     "Yes", "Football;Drama;", 2, date(2025, 6, 12), "I like my foster carers"],
    [2, datetime(2025, 7, 2, 16, 1, 0), datetime(2025, 7, 2, 16, 4, 30), "anonymous", None,
     "Sometimes", "Youth club;", 4, None, None],
    [3, datetime(2025, 7, 3, 9, 0, 0), datetime(2025, 7, 3, 9, 5, 59), "anonymous", None,
     "No", None, 1, date(2025, 5, 30), "I want to see my brother more.\nAnd my nan."],
]
for row in rows:
    sheet.append(row)
for row in sheet.iter_rows(min_row=2):
    row[1].number_format = "m/d/yy h:mm:ss"
    row[2].number_format = "m/d/yy h:mm:ss"
    row[8].number_format = "mm-dd-yy"
book.save("msforms-export.xlsx")
