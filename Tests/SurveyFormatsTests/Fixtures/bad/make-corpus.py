"""Writes the bad-input corpus: exports broken the ways real and hostile files are broken (invented answers).

Run with python3 (standard library only) from this folder: python3 make-corpus.py
Files named *-fuzz-* are inputs scripts/fuzz.sh found crashing carevoice, kept as they were found (not made here).
The expected outcome of each file is in corpus.tsv; files too big to commit (a 10 MB line,
a 2 GB sparse file, 100,000-level nesting, a zip bomb) are made by the test itself.
"""
import random
import struct
import zipfile
import gzip

CICC = ("response_id,date_completed,age_band,status,heard_of_pledge,knows_social_worker,have_say,"
        "family_contact,safe_settled,education_help,feelings_help,hobbies,respect_privacy,ready_adult,"
        "how_hear,pledge_comments")
GOOD = [
    "CICC-01,02/02/2026,16-17,In care,Yes,Agree,Sort of,Agree,Agree,Agree,Disagree,Agree,Agree,Agree,social media,",
    "CICC-02,03/02/2026,18-25,Care leaver,No,Disagree,Agree,Sort of,Agree,Agree,Agree,Agree,Agree,Agree,text,",
    "CICC-03,04/02/2026,11-15,In care,Yes,Agree,Agree,Agree,Agree,Agree,Agree,Agree,Agree,Agree,cicc,fine",
]


def write(name, data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    with open(name, "wb") as handle:
        handle.write(data)


def cicc(*rows, header=CICC, end="\n"):
    return end.join([header, *rows]) + end


def row(response_id, **answers):
    """A good CiCC row with some answers replaced, by column name."""
    columns = CICC.split(",")
    values = GOOD[0].split(",")
    values[0] = response_id
    for key, value in answers.items():
        values[columns.index(key)] = value
    return ",".join(values)


# --- CSV: not a CSV at all -------------------------------------------------------------
write("csv-empty.csv", b"")
write("csv-bom-only.csv", b"\xef\xbb\xbf")
write("csv-blank-lines.csv", "\n\n\r\n  \n")
write("csv-header-only.csv", CICC + "\n")
rng = random.Random(20260101)
write("csv-binary-garbage.csv", bytes(rng.randrange(256) for _ in range(4096)))
write("csv-pdf-renamed.csv",
      b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
      b"2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")
write("csv-gzip-renamed.csv", gzip.compress(cicc(*GOOD).encode(), 9, mtime=0))


def zip_bytes(parts, compression=zipfile.ZIP_DEFLATED):
    import io
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name, data in parts:
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            info.compress_type = compression
            archive.writestr(info, data)
    return buffer.getvalue()


MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def workbook(sheet_xml, shared=None, styles=None, extra=()):
    """An XLSX package with one sheet (and shared strings and styles if given), shaped as Excel writes it."""
    workbook_rels = [f'<Relationship Id="rId1" Type="{RELS}/worksheet" Target="worksheets/sheet1.xml"/>']
    if shared is not None:
        workbook_rels.append(f'<Relationship Id="rId2" Type="{RELS}/sharedStrings" Target="sharedStrings.xml"/>')
    if styles is not None:
        workbook_rels.append(f'<Relationship Id="rId3" Type="{RELS}/styles" Target="styles.xml"/>')
    parts = [
        ("[Content_Types].xml",
         '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
         'content-types"><Default Extension="xml" ContentType="application/xml"/></Types>'),
        ("_rels/.rels",
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         f'<Relationship Id="rId1" Type="{RELS}/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
        ("xl/workbook.xml",
         f'<workbook xmlns="{MAIN}" xmlns:r="{RELS}"><sheets><sheet name="Responses" sheetId="1" r:id="rId1"/>'
         '</sheets></workbook>'),
        ("xl/_rels/workbook.xml.rels",
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         + "".join(workbook_rels) + "</Relationships>"),
        ("xl/worksheets/sheet1.xml", sheet_xml),
    ]
    if shared is not None:
        parts.append(("xl/sharedStrings.xml", shared))
    if styles is not None:
        parts.append(("xl/styles.xml", styles))
    parts.extend(extra)
    return zip_bytes(parts)


def sheet(rows, prolog=""):
    """Inline-string rows: each row a list of texts."""
    def cell(column, text):
        ref = chr(ord("A") + column)
        return f'<c r="{ref}{{row}}" t="inlineStr"><is><t>{text}</t></is></c>'
    body = []
    for number, values in enumerate(rows, start=1):
        cells = "".join(cell(i, v).replace("{row}", str(number)) for i, v in enumerate(values) if v != "")
        body.append(f'<row r="{number}">{cells}</row>')
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n{prolog}'
            f'<worksheet xmlns="{MAIN}"><sheetData>{"".join(body)}</sheetData></worksheet>')


XLSX_HEADER = ["response_id", "date_completed", "age_band", "heard_of_pledge", "knows_social_worker"]
XLSX_GOOD = [XLSX_HEADER, ["X-1", "2025-07-01", "16-17", "Yes", "Agree"], ["X-2", "2025-07-02", "11-15", "No", "Agree"]]
write("csv-xlsx-renamed.csv", workbook(sheet(XLSX_GOOD)))
write("csv-xls-renamed.csv", bytes([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) + bytes(504))

# --- CSV: quoting, shape, delimiters ---------------------------------------------------
write("csv-unclosed-quote.csv", cicc(GOOD[0], row("CICC-02", pledge_comments='"I want to see my brother'), GOOD[2]))
write("csv-unclosed-quote-at-end.csv", cicc(GOOD[0], row("CICC-02", pledge_comments='"and then it just stops')))
write("csv-text-after-quote.csv", cicc(GOOD[0], row("CICC-02", pledge_comments='"quoted" then more')))
write("csv-ragged-more-fields.csv", cicc(GOOD[0], row("CICC-02", pledge_comments="good, but slow"), GOOD[2]))
write("csv-ragged-fewer-fields.csv", cicc(GOOD[0], ",".join(row("CICC-02").split(",")[:12])))
write("csv-ragged-every-row.csv", cicc("CICC-01,02/02/2026", "CICC-02,03/02/2026,16-17,In care,Yes,Agree,Agree,"
                                          "Agree,Agree,Agree,Agree,Agree,Agree,Agree,text,,,,,extra"))
write("csv-semicolon-delimited.csv", cicc(*[r.replace(",", ";") for r in GOOD], header=CICC.replace(",", ";")))
write("csv-pipe-delimited.csv", cicc(*[r.replace(",", "|") for r in GOOD], header=CICC.replace(",", "|")))
write("csv-nul-byte.csv", cicc(GOOD[0], row("CICC-02", pledge_comments="bad\x00byte")))
write("csv-cr-only-lines.csv", cicc(*GOOD, end="\r"))
write("csv-too-many-fields.csv", CICC + "\n" + ",".join(["x"] * 10_001) + "\n")

# --- CSV: encodings --------------------------------------------------------------------
mixed = cicc(row("CICC-01", pledge_comments="Don’t change my worker"),
             row("CICC-02", pledge_comments="£20 a week")).encode("utf-8")
mixed = mixed.replace("£".encode("utf-8"), b"\xa3")
write("csv-mixed-encodings.csv", mixed)
write("csv-utf16le-no-bom.csv", cicc(*GOOD).encode("utf-16-le"))
write("csv-utf16be-no-bom.csv", cicc(*GOOD).encode("utf-16-be"))
write("csv-utf16le-bom.csv", b"\xff\xfe" + cicc(*GOOD).encode("utf-16-le"))
write("csv-invalid-utf8-header.csv", cicc(*GOOD).encode("utf-8").replace(b"status", b"st\xffatus", 1))

# --- CSV: headers ----------------------------------------------------------------------
write("csv-duplicate-headers.csv", cicc(*[r + ",Yes" for r in GOOD], header=CICC + ",heard_of_pledge"))
write("csv-two-names-one-question.csv", cicc(*[r + ",Agree" for r in GOOD], header=CICC + ",Know my worker"))
write("csv-header-repeated-midfile.csv", cicc(GOOD[0], GOOD[1], CICC, GOOD[2]))
write("csv-empty-header-names.csv", cicc(*GOOD, header="," * 15))
write("csv-no-matching-columns.csv", "name,phone,postcode\nAmy,07700 900123,LS1 4AP\n")
write("csv-unknown-column.csv", cicc(*[r + ",x" for r in GOOD], header=CICC + ",favourite_colour"))

# --- CSV: values -----------------------------------------------------------------------
write("csv-value-outside-scale.csv", cicc(GOOD[0], row("CICC-02", knows_social_worker="Maybe"), GOOD[2]))
write("csv-values-outside-every-scale.csv", cicc(
    row("CICC-01", **{c: "42" for c in ["heard_of_pledge", "knows_social_worker", "have_say", "family_contact",
                                         "safe_settled", "education_help", "feelings_help", "hobbies",
                                         "respect_privacy", "ready_adult"]})))
write("csv-attribute-outside-values.csv", cicc(GOOD[0], row("CICC-02", age_band="7-10")))
write("csv-multiple-unknown-option.csv", cicc(GOOD[0], row("CICC-02", how_hear="text;carrier pigeon")))
write("csv-impossible-date.csv", cicc(GOOD[0], row("CICC-02", date_completed="31/02/2025")))
write("csv-impossible-dates.csv", cicc(row("CICC-01", date_completed="00/00/0000"),
                                       row("CICC-02", date_completed="2025-13-45"),
                                       row("CICC-03", date_completed="31/04/2025")))
write("csv-no-dates.csv", cicc(row("CICC-01", date_completed=""), row("CICC-02", date_completed="")))
write("csv-duplicate-response-id.csv", cicc(GOOD[0], GOOD[1], row("CICC-01")))
write("csv-formula-in-comment.csv", cicc(row("CICC-01", pledge_comments='"=HYPERLINK(""http://x"",""y"")"')))

SM_HEADER = ('Respondent ID,Collector ID,Start Date,End Date,IP Address,Email Address,First Name,Last Name,'
             'Custom Data 1,Type of fostering,Years fostering with us,'
             '"In total, how many years have you been a foster carer?",'
             'I get good support from my supervising social worker,'
             'I can get help out of office hours when I need it,What one thing should we improve?\n'
             ',,,,,,,,,Response,Response,Open-Ended Response,Response,Response,Open-Ended Response\n')


def carer(number, years):
    return (f"1140892{number:04d},432198765,01/14/2025 09:56:02 AM,01/14/2025 10:29:53 AM,,,,,,"
            f"Mainstream fostering,6 to 10 years,{years},Agree,Disagree,Respite.\n")


write("sm-not-a-number.csv", SM_HEADER + carer(1, "8") + carer(2, "about 10"))
write("sm-negative-number.csv", SM_HEADER + carer(1, "8") + carer(2, "-3"))
write("sm-absurd-number.csv", SM_HEADER + carer(1, "8") + carer(2, "1e400"))
write("sm-huge-numbers.csv", SM_HEADER + carer(1, "1e308") + carer(2, "1.7e308"))
write("sm-nan.csv", SM_HEADER + carer(1, "NaN") + carer(2, "inf"))
write("sm-hex-number.csv", SM_HEADER + carer(1, "0x1p3"))

# --- XML -------------------------------------------------------------------------------
ODK_HEAD = ('<?xml version="1.0" ?>\n'
            '<data xmlns:jr="http://openrosa.org/javarosa" id="child-review-8-12" version="2025091501">\n')


def odk(body, uuid="1b1fc847-2a4f-4e76-b195-f525853a5794", head=ODK_HEAD):
    return (head + "  <start>2025-10-15T14:28:39.353+01:00</start>\n"
            "  <about_me><age_band>10-12</age_band><placement_type>foster</placement_type></about_me>\n"
            f"  <my_life>{body}</my_life>\n"
            f"  <meta><instanceID>uuid:{uuid}</instanceID></meta>\n</data>\n")


GOOD_LIFE = "<feel_safe>yes</feel_safe><home_face>happy</home_face>"
write("xml-empty.xml", b"")
write("xml-truncated.xml", odk(GOOD_LIFE)[:-40])
write("xml-cut-mid-tag.xml", odk(GOOD_LIFE)[:200])
write("xml-mismatched-tags.xml", odk("<feel_safe>yes</home_face>"))
write("xml-not-xml.xml", cicc(*GOOD))
write("xml-binary-garbage.xml", bytes(rng.randrange(256) for _ in range(2048)))
write("xml-invalid-utf8.xml", odk("<feel_safe>yes</feel_safe><home_face>h\xc3appy</home_face>")
      .encode("latin-1", "replace"))
write("xml-unknown-encoding.xml", odk(GOOD_LIFE).replace('<?xml version="1.0" ?>',
                                                            '<?xml version="1.0" encoding="X-NO-SUCH"?>'))
write("xml-value-outside-scale.xml", odk("<feel_safe>maybe</feel_safe><home_face>happy</home_face>"))
write("xml-xxe-file.xml", '<?xml version="1.0"?>\n<!DOCTYPE data [<!ENTITY leak SYSTEM "file:///etc/passwd">]>\n'
      + odk("<feel_safe>&leak;</feel_safe>").split("\n", 1)[1])
write("xml-xxe-http.xml", '<?xml version="1.0"?>\n<!DOCTYPE data [<!ENTITY leak SYSTEM "http://127.0.0.1:9/x">]>\n'
      + odk("<feel_safe>&leak;</feel_safe>").split("\n", 1)[1])
write("xml-xxe-parameter.xml",
      '<?xml version="1.0"?>\n<!DOCTYPE data [<!ENTITY % p SYSTEM "file:///etc/passwd"> %p;]>\n'
      + odk(GOOD_LIFE).split("\n", 1)[1])
write("xml-external-dtd.xml", '<?xml version="1.0"?>\n<!DOCTYPE data SYSTEM "http://127.0.0.1:9/odk.dtd">\n'
      + odk(GOOD_LIFE).split("\n", 1)[1])
laughs = '<!ENTITY lol0 "lol">\n' + "".join(
    f'<!ENTITY lol{i} "{("&lol%d;" % (i - 1)) * 10}">\n' for i in range(1, 10))
write("xml-billion-laughs.xml", f'<?xml version="1.0"?>\n<!DOCTYPE data [\n{laughs}]>\n'
      + odk("<feel_safe>&lol9;</feel_safe>").split("\n", 1)[1])
write("xml-quadratic-blowup.xml",
      '<?xml version="1.0"?>\n<!DOCTYPE data [<!ENTITY big "' + "x" * 10_000 + '">]>\n'
      + odk("<feel_safe>" + "&big;" * 10_000 + "</feel_safe>").split("\n", 1)[1])
write("xml-xinclude.xml", odk('<feel_safe xmlns:xi="http://www.w3.org/2001/XInclude">'
                              '<xi:include href="file:///etc/passwd" parse="text"/></feel_safe>'))
write("xml-two-roots.xml", odk(GOOD_LIFE) + odk(GOOD_LIFE))
write("xml-no-records.xml", '<?xml version="1.0"?>\n<data/>\n')
write("xml-generic-unknown-fields.xml", '<?xml version="1.0"?>\n<responses>\n'
      '<response><colour>blue</colour></response>\n</responses>\n')

# --- XLSX ------------------------------------------------------------------------------
write("xlsx-not-a-zip.xlsx", cicc(*GOOD))
write("xlsx-old-xls.xlsx", bytes([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) + bytes(504))
write("xlsx-empty.xlsx", b"")
write("xlsx-docx-renamed.xlsx", zip_bytes([("word/document.xml", "<document/>")]))
good_xlsx = workbook(sheet(XLSX_GOOD))
write("xlsx-truncated.xlsx", good_xlsx[: len(good_xlsx) // 2])
broken_crc = bytearray(good_xlsx)
sheet_at = broken_crc.find(b"xl/worksheets/sheet1.xml")  # the local header's name; the data follows it
broken_crc[sheet_at + 40] ^= 0xFF
write("xlsx-damaged-data.xlsx", bytes(broken_crc))
write("xlsx-value-outside-scale.xlsx", workbook(sheet([XLSX_HEADER, ["X-1", "2025-07-01", "16-17", "Maybe", "Agree"]])))
write("xlsx-empty-sheet.xlsx", workbook(sheet([])))
write("xlsx-xxe-in-sheet.xlsx", workbook(sheet(
    XLSX_GOOD, prolog='<!DOCTYPE worksheet [<!ENTITY leak SYSTEM "file:///etc/passwd">]>\n').replace(
        "<t>Yes</t>", "<t>&leak;</t>", 1)))
write("xlsx-billion-laughs-shared.xlsx", workbook(
    sheet(XLSX_GOOD),
    shared=f'<?xml version="1.0"?>\n<!DOCTYPE sst [\n{laughs}]>\n<sst xmlns="{MAIN}"><si><t>&lol9;</t></si></sst>'))


def declaring_size(package, part, size):
    """The package with `part`'s uncompressed size, in its local and central headers, claimed to be `size`."""
    data = bytearray(package)
    name = part.encode()
    at = 0
    while True:
        at = data.find(name, at)
        if at < 0:
            return bytes(data)
        local = data.rfind(b"PK\x03\x04", 0, at)
        central = data.rfind(b"PK\x01\x02", 0, at)
        if local >= 0 and local + 30 == at:
            struct.pack_into("<I", data, local + 22, size)
        elif central >= 0 and central + 46 == at:
            struct.pack_into("<I", data, central + 24, size)
        at += len(name)


write("xlsx-declares-2gb.xlsx", declaring_size(good_xlsx, "xl/worksheets/sheet1.xml", 0x80000000))
write("xlsx-declares-4gb-shared.xlsx", declaring_size(
    workbook(sheet(XLSX_GOOD), shared=f'<sst xmlns="{MAIN}"><si><t>a</t></si></sst>'), "xl/sharedStrings.xml",
    0xFFFFFFFF))

def cut_short(package, part):
    """The package with `part`'s deflate stream starting with a stored block longer than the rest of the file."""
    data = bytearray(package)
    name = part.encode()
    at = data.find(name)
    while data[at - 30:at - 26] != b"PK\x03\x04":
        at = data.find(name, at + 1)
    start = at + len(name) + struct.unpack_from("<H", data, at - 2)[0]
    data[start:start + 5] = b"\x00\xff\xff\x00\x00"
    return bytes(data)


write("xlsx-deflate-cut-short-sheet.xlsx", cut_short(good_xlsx, "xl/worksheets/sheet1.xml"))
write("xlsx-deflate-cut-short-styles.xlsx", cut_short(
    workbook(sheet(XLSX_GOOD), styles=f'<styleSheet xmlns="{MAIN}"><cellXfs><xf numFmtId="0"/></cellXfs></styleSheet>'),
    "xl/styles.xml"))


# Zip bombs small enough to commit; the test makes a 260 MB one for the sheet itself.
write("xlsx-zip-bomb-shared-text.xlsx", workbook(
    sheet(XLSX_GOOD), shared=f'<sst xmlns="{MAIN}"><si><t>' + "a" * 10_000_000 + "</t></si></sst>"))
write("xlsx-zip-bomb-styles.xlsx", declaring_size(
    workbook(sheet(XLSX_GOOD), styles=f'<styleSheet xmlns="{MAIN}"><cellXfs>' + '<xf numFmtId="0"/>' * 1_000_000
             + "</cellXfs></styleSheet>"), "xl/styles.xml", 1000))

# --- Limits (--max-rows, --max-file-bytes, --max-field-bytes), run with small limits -------
write("csv-over-row-limit.csv", cicc(*[
    f"CICC-0{n},0{n}/02/2026,16-17,In care,Yes,Agree,Sort of,Agree,Agree,Agree,Disagree,Agree,Agree,Agree,"
    "social media," for n in range(1, 7)]))
write("csv-over-field-limit.csv", cicc(
    GOOD[0], "CICC-02,03/02/2026" + GOOD[0][len("CICC-01,02/02/2026"):]
    + '"' + "I would like more time with my worker. " * 8 + '"'))
write("xml-over-field-limit.xml", """<?xml version="1.0" ?>
<data xmlns:jr="http://openrosa.org/javarosa" id="child-review-8-12" version="2025091501">
  <start>2025-10-15T14:28:39.353+01:00</start>
  <about_me><age_band>10-12</age_band><placement_type>foster</placement_type></about_me>
  <my_life><feel_safe>yes</feel_safe><home_face>happy</home_face></my_life>
  <my_words><going_well>Football on Saturdays with my foster carer and seeing my brother every other week at \
the contact centre, which I like a lot.</going_well></my_words>
  <meta><instanceID>uuid:1b1fc847-2a4f-4e76-b195-f525853a5795</instanceID></meta>
</data>
""")
