#!/usr/bin/env python3
"""Opens every HTML report under a folder in headless Chromium and fails on what a reader would hit.

For each page: console errors, any resource from outside the page (a web address,
or a local file that would not travel with the report), serious or critical axe-core
accessibility violations. It also saves a full-page PNG screenshot at 1280 px wide and
an A4 PDF print of each page. Nothing leaves the machine: Chromium is given a proxy
that does not exist and a host resolver that resolves nothing.

Usage: python3 scripts/check-html-reports.py REPORTS_DIR [--screenshots OUT_DIR]
Install what it needs with scripts/install-browser-check.sh; see docs/browser-check.md.
"""

from __future__ import annotations

import argparse
import base64
import json
import math
import os
import re
import signal
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

try:
    from axe_selenium_python import Axe
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
except ImportError as error:
    MISSING_MODULE: str | None = error.name
else:
    MISSING_MODULE = None

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")
WINDOW = (1280, 900)
PAGE_TIMEOUT_SECONDS = 30
TALLEST_SCREENSHOT = 16384
A4_INCHES = (8.27, 11.69)
FAILING_IMPACTS = ("critical", "serious")

CHROMIUM_FLAGS = [
    "--headless=new",
    "--no-sandbox",  # root in a container: Chromium's sandbox cannot start
    "--disable-gpu",
    "--disable-dev-shm-usage",  # a container's small /dev/shm crashes tabs
    f"--window-size={WINDOW[0]},{WINDOW[1]}",
    "--force-device-scale-factor=1",
    "--hide-scrollbars",
    "--lang=en-GB",
    # Nothing leaves the machine: every request goes to a proxy port nobody serves,
    # and no host name resolves, so an external resource fails instead of loading.
    "--proxy-server=http://127.0.0.1:9",
    "--proxy-bypass-list=<-loopback>",
    "--host-resolver-rules=MAP * ~NOTFOUND",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-domain-reliability",
    "--disable-sync",
    "--no-first-run",
    "--no-pings",
]

# Raw resource references in the page, including ones Chromium has not loaded yet
# (lazy images, print-only backgrounds, unused fonts). Links (<a href>) are not resources.
RESOURCE_REFERENCES_JS = r"""
const found = [];
const linkRels =
  /\b(stylesheet|icon|preload|prefetch|modulepreload|manifest|preconnect|dns-prefetch|import)\b/i;
for (const el of document.querySelectorAll('*')) {
  const tag = el.localName;
  if (tag === 'a' || tag === 'area' || tag === 'form' || tag === 'base') continue;
  if (tag === 'link' && !linkRels.test(el.getAttribute('rel') || '')) continue;
  for (const name of ['src', 'href', 'xlink:href', 'poster', 'data', 'background']) {
    const value = el.getAttribute(name);
    if (value) found.push([tag + ' ' + name, value.trim()]);
  }
  for (const name of ['srcset', 'imagesrcset']) {
    for (const part of (el.getAttribute(name) || '').split(',')) {
      const url = part.trim().split(/\s+/)[0];
      if (url) found.push([tag + ' ' + name, url]);
    }
  }
  const style = el.getAttribute('style');
  if (style) found.push([tag + ' style', 'css:' + style]);
}
for (const sheet of document.styleSheets) {
  let rules = [];
  try { rules = sheet.cssRules; } catch (e) { found.push(['stylesheet', sheet.href || '']); }
  for (const rule of rules) found.push(['stylesheet', 'css:' + rule.cssText]);
}
return found;
"""
CSS_URL = re.compile(r"""url\(\s*(['"]?)(.*?)\1\s*\)|@import\s+(['"])(.*?)\3""", re.IGNORECASE)
PDF_PAGE = re.compile(rb"/Type\s*/Page\b(?!s)")
HARMLESS_SCHEMES = {"data", "blob", "about", "javascript", "mailto", "tel"}


@dataclass
class Verdict:
    """What one page came to: the problems that fail it, the notes that do not, what was made."""

    page: str
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    made: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def lines(self) -> list[str]:
        """The page's line (OK or FAIL) followed by indented details."""
        if self.problems:
            kinds = Counter(problem.split(":", 1)[0] for problem in self.problems)
            reasons = ", ".join(f"{count} x {kind}" for kind, count in kinds.items())
            head = f"FAIL  {self.page}  ({self.about()}): {reasons}"
        else:
            head = f"OK    {self.page}  ({self.about()})"
        details = [line for entry in self.problems + self.notes for line in entry.splitlines()]
        return [head] + ["      " + line for line in details]

    def about(self) -> str:
        """How long the page took and what was made of it."""
        return ", ".join([f"{self.seconds:.1f} s"] + self.made)


def main(argv: list[str]) -> int:
    """Checks every page and returns the exit status: 0 all OK, 1 a page failed, 2 nothing checked."""
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # piped into head: stop quietly
    arguments = parse_arguments(argv)
    if MISSING_MODULE:
        return complain(f"Python module {MISSING_MODULE} is missing. Run scripts/install-browser-check.sh.")
    root = Path(arguments.reports_dir)
    if not root.is_dir():
        return complain(f"{root} is not a folder. Give the folder the HTML reports were written to.")
    pages = sorted(path for path in root.rglob("*.html") if path.is_file())
    if not pages:
        return complain(
            f"no .html file under {root}. Write the reports first "
            f"(for example `carevoice demo --out {root}`), then run this check again."
        )
    out = Path(arguments.screenshots or Path(tempfile.gettempdir()) / "carevoice-browser-check")

    driver = start_browser()
    listing: list[str] = []
    failed = 0
    try:
        for page in pages:
            verdict = check_page(driver, page, root, out)
            failed += bool(verdict.problems)
            for line in verdict.lines():
                print(line, flush=True)
                listing.append(line)
            if not browser_alive(driver):
                driver.quit()
                driver = start_browser()
    finally:
        driver.quit()

    summary = f"pages: {len(pages) - failed} passed, {failed} failed"
    out.mkdir(parents=True, exist_ok=True)
    (out / "results.txt").write_text("\n".join(listing + [summary]) + "\n", encoding="utf-8")
    print(f"screenshots and A4 prints: {out}/screenshots, {out}/print; listing: {out}/results.txt")
    print(summary)
    return 1 if failed else 0


def parse_arguments(argv: list[str]) -> argparse.Namespace:
    """The command line: a reports folder and where the screenshots go."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "reports_dir", metavar="REPORTS_DIR", help="folder holding *.html reports (searched recursively)"
    )
    parser.add_argument(
        "--screenshots",
        metavar="OUT_DIR",
        help="where screenshots/, print/ and results.txt go (default: <temp>/carevoice-browser-check)",
    )
    return parser.parse_args(argv)


def complain(message: str) -> int:
    """Prints an error for the person running the check and returns the exit status for it."""
    print(f"check-html-reports: error: {message}", file=sys.stderr)
    return 2


def start_browser():
    """Starts headless Chromium through chromedriver, with its console and network logs on."""
    for program in (CHROMIUM, CHROMEDRIVER):
        if not os.access(program, os.X_OK):
            sys.exit(complain(f"{program} is missing. Run scripts/install-browser-check.sh."))
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    try:
        # A driver path skips Selenium Manager, which would otherwise go looking online.
        driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    except Exception as error:
        sys.exit(complain(f"Chromium did not start: {one_line(str(error))}"))
    driver.set_page_load_timeout(PAGE_TIMEOUT_SECONDS)
    driver.set_script_timeout(PAGE_TIMEOUT_SECONDS)
    return driver


def browser_alive(driver) -> bool:
    """Whether the browser still answers, after a page that may have crashed it."""
    try:
        driver.execute_script("return 1")
        return True
    except Exception:
        return False


def check_page(driver, page: Path, root: Path, out: Path) -> Verdict:
    """Loads one page and runs every check on it."""
    relative = page.relative_to(root).as_posix()
    verdict = Verdict(relative)
    started = time.monotonic()
    try:
        driver.get_log("browser")
        driver.get_log("performance")
        driver.get(page.resolve().as_uri())
        # Screenshot and print first: they load lazy images and print-only styles,
        # so the console and network logs read next include what those asked for.
        save_screenshot(driver, out / "screenshots" / f"{relative}.png", verdict)
        save_print(driver, out / "print" / f"{relative}.pdf", verdict)
        verdict.problems += console_errors(driver, page)
        verdict.problems += outside_resources(driver, page)
        problems, notes = accessibility(driver)
        verdict.problems += problems
        verdict.notes += notes
    except Exception as error:  # a page that hangs or crashes the tab fails; the next page goes on
        # Selenium's msg leaves out chromedriver's stack trace.
        reason = getattr(error, "msg", None) or str(error)
        verdict.problems.append(f"browser error: {one_line(reason)}")
    verdict.seconds = time.monotonic() - started
    return verdict


def console_errors(driver, page: Path) -> list[str]:
    """Every SEVERE console entry: script errors, console.error calls, failed loads."""
    uri = page.resolve().as_uri()
    return [
        f"console error: {one_line(entry['message'].replace(uri, page.name))}"
        for entry in driver.get_log("browser")
        if entry.get("level") == "SEVERE"
    ]


def outside_resources(driver, page: Path) -> list[str]:
    """Resources from outside the page, whether Chromium requested them or the page only refers to them."""
    uri = page.resolve().as_uri()
    seen: dict[str, list[str]] = {}
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message.get("method") == "Network.requestWillBeSent":
            seen.setdefault(message["params"]["request"]["url"], []).append("requested")
    for where, value in driver.execute_script(RESOURCE_REFERENCES_JS):
        references = (
            [m.group(2) or m.group(4) for m in CSS_URL.finditer(value[4:])]
            if value.startswith("css:")
            else [value]
        )
        for reference in references:
            seen.setdefault(urljoin(uri, reference), []).append(where)
    problems = []
    for url, how in seen.items():
        kind = outside_kind(url, page)
        if kind:
            problems.append(f"{kind}: {url} ({', '.join(dict.fromkeys(how))})")
    return problems


def outside_kind(url: str, page: Path) -> str | None:
    """Why a URL is not part of the page, or None when it is (the page itself, data:, a fragment)."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme in HARMLESS_SCHEMES:
        return None
    if scheme == "file":
        if Path(unquote(parts.path)) == page.resolve():
            return None
        return "local file outside the report"
    return "external resource"


def save_screenshot(driver, path: Path, verdict: Verdict) -> None:
    """Saves the whole page as a PNG, 1280 px wide; notes a page wider than the window."""
    size = driver.execute_cdp_cmd("Page.getLayoutMetrics", {})
    content = size.get("cssContentSize") or size["contentSize"]
    width = max(WINDOW[0], math.ceil(content["width"]))
    height = min(max(1, math.ceil(content["height"])), TALLEST_SCREENSHOT)
    shot = driver.execute_cdp_cmd(
        "Page.captureScreenshot",
        {
            "format": "png",
            "captureBeyondViewport": True,
            "clip": {"x": 0, "y": 0, "width": width, "height": height, "scale": 1},
        },
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(base64.b64decode(shot["data"]))
    verdict.made.append(f"screenshot {width}x{height}")
    if width > WINDOW[0]:
        verdict.notes.append(
            f"note: the page is {width} px wide in a {WINDOW[0]} px window, so readers scroll sideways"
        )
    if content["height"] > TALLEST_SCREENSHOT:
        verdict.notes.append(
            f"note: screenshot cut at {TALLEST_SCREENSHOT} px of {math.ceil(content['height'])}"
        )


def save_print(driver, path: Path, verdict: Verdict) -> None:
    """Prints the page to an A4 PDF; a print that fails or is not a PDF is a problem."""
    width, height = A4_INCHES
    printed = driver.execute_cdp_cmd(
        "Page.printToPDF",
        {"paperWidth": width, "paperHeight": height, "printBackground": True, "preferCSSPageSize": True},
    )
    pdf = base64.b64decode(printed.get("data", ""))
    if not pdf.startswith(b"%PDF-"):
        verdict.problems.append("A4 print failed: Chromium did not produce a PDF")
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(pdf)
    pages = len(PDF_PAGE.findall(pdf))
    verdict.made.append(f"A4 print {pages} page{'s' if pages != 1 else ''}" if pages else "A4 print")


def accessibility(driver) -> tuple[list[str], list[str]]:
    """Runs axe-core (bundled with axe-selenium-python, read from disk); splits violations by impact."""
    axe = Axe(driver)
    axe.inject()
    problems, notes = [], []
    for violation in axe.run()["violations"]:
        impact = violation.get("impact") or "unknown"
        if impact in FAILING_IMPACTS:
            lines = [f"accessibility {impact}: {violation['id']}: {violation['help']}"]
            for node in violation["nodes"]:
                target = " >> ".join(str(part) for part in node["target"])
                lines.append(f"    at {target}: {summary_line(node.get('failureSummary', ''))}")
            lines.append(f"    how to fix: {violation['helpUrl']}")
            problems.append("\n".join(lines))
        else:
            targets = ", ".join(" >> ".join(map(str, node["target"])) for node in violation["nodes"])
            notes.append(f"note: accessibility {impact}: {violation['id']}: {violation['help']} at {targets}")
    return problems, notes


def summary_line(text: str) -> str:
    """An axe failure summary ("Fix any of the following:" and one check a line) on one line."""
    return "; ".join(line.strip() for line in text.splitlines() if line.strip()).replace(":; ", ": ")


def one_line(text: str) -> str:
    """Text with its line breaks and runs of spaces folded into single spaces."""
    return " ".join(text.split())


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
