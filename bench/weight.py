"""What a first visit to a page costs: every response of one page load in a fresh browser context
(an empty cache), as Chromium received it. Shared by bench/pages.py, which prints the figures,
and tests/browser/test_page_weight.py, which holds them to the budget of issue 13.

Bytes transferred are Playwright's `request.sizes()`: the response's headers and its body as it
came over the wire (encoded: gzip or brotli where the server compressed it), what Chromium's
developer tools show as "transferred". The requests' own bytes are not counted.
"""

import os

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")  # Debian's, as the browser tests use
PHONE = {"width": 375, "height": 812}
DESKTOP = {"width": 1280, "height": 800}


class FirstVisit:
    def __init__(self, browser, url, viewport, scale=1):
        self.context = browser.new_context(
            locale="da-DK", viewport=viewport, device_scale_factor=scale
        )
        self.page = self.context.new_page()
        self.requests, self.failed = [], []
        self.page.on("requestfinished", lambda request: self.requests.append(request))
        self.page.on("requestfailed", lambda request: self.failed.append(request.url))
        self.page.goto(url, wait_until="networkidle")

    def close(self):
        self.context.close()

    @staticmethod
    def transferred(request):
        sizes = request.sizes()
        return sizes["responseHeadersSize"] + sizes["responseBodySize"]

    @property
    def total(self):
        return sum(self.transferred(request) for request in self.requests)

    def largest(self, count=5):
        """(bytes, content encoding, address) of the heaviest responses, heaviest first."""
        rows = sorted(self.requests, key=self.transferred, reverse=True)[:count]
        return [
            (
                self.transferred(request),
                request.response().headers.get("content-encoding", ""),
                request.url,
            )
            for request in rows
        ]

    def bytes_of(self, url):
        return next(self.transferred(request) for request in self.requests if request.url == url)

    def images(self):
        """Each <img>: its chosen source, the width it is shown at in CSS pixels, its loading
        attribute and whether it starts below the fold (the bottom of the first screen)."""
        return self.page.evaluate(
            """() => [...document.images].map((img) => ({
                src: img.currentSrc || img.src,
                shownWidth: img.getBoundingClientRect().width,
                loading: img.getAttribute("loading"),
                belowFold: img.getBoundingClientRect().top + window.scrollY >= window.innerHeight,
            }))"""
        )

    def head(self):
        """The <head>'s scripts, the stylesheets, the preloaded fonts, and what Chromium itself
        counted as holding back the first paint (Resource Timing's renderBlockingStatus)."""
        return self.page.evaluate(
            """() => ({
                scripts: [...document.head.querySelectorAll("script")].map((s) => ({
                    src: s.src, defer: s.defer, async: s.async, module: s.type === "module",
                })),
                stylesheets: [...document.querySelectorAll("link[rel~=stylesheet]")].map(
                    (l) => l.href),
                fonts: [...document.querySelectorAll("link[rel=preload][as=font]")].map(
                    (l) => l.href),
                blocking: performance.getEntriesByType("resource")
                    .filter((e) => e.renderBlockingStatus === "blocking").map((e) => e.name),
            })"""
        )


def launch(playwright):
    return playwright.chromium.launch(
        executable_path=CHROMIUM,
        args=["--no-sandbox", "--disable-background-networking", "--disable-gpu"],
    )
