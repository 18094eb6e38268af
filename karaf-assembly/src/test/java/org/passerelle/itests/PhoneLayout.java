package org.passerelle.itests;

import static org.junit.Assert.assertTrue;

/** How a page reads on a phone: checks run in the page by the browser tests (words cut, text out of its column). */
final class PhoneLayout {

    private PhoneLayout() {
    }

    /** « Passerelle » whole: not clipped by its own box, by the brand's or by the screen's edge. */
    static void assertBrandInFull(SampleDataBrowser session) {
        String brand = (String) session.js("const name = document.querySelector('.brand__name');"
                + " const text = name.parentElement.getBoundingClientRect(); const r = name.getBoundingClientRect();"
                + " return name.textContent + ' ' + name.scrollWidth + '/' + name.clientWidth + ' px, '"
                + " + (r.left >= 0 && r.right <= Math.min(text.right, document.documentElement.clientWidth) + 0.5 ? 'inside' : 'clipped');");
        assertTrue(brand, brand.startsWith("Passerelle ") && brand.endsWith("inside"));
        String[] widths = brand.substring("Passerelle ".length(), brand.indexOf(" px")).split("/");
        assertTrue(brand, Integer.parseInt(widths[0]) <= Integer.parseInt(widths[1]));
    }

    /**
     * The words of the synthesis table broken across two lines: a value's (a word of a text spanning two line boxes) or a
     * heading's (on a phone each cell's heading is its ::before; a word wider than that box is broken in it).
     */
    static String wordsCutInTheSynthesisTable(SampleDataBrowser session) {
        return (String) session.js("const cut = []; const table = document.querySelector('[data-synthesis] table');"
                + " const walker = document.createTreeWalker(table.tBodies[0], NodeFilter.SHOW_TEXT); let node;"
                + " while ((node = walker.nextNode())) { for (const m of node.data.matchAll(/\\S+/g)) {"
                + "   const range = document.createRange(); range.setStart(node, m.index); range.setEnd(node, m.index + m[0].length);"
                + "   if (new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size > 1) cut.push(m[0]); } }"
                + " const ctx = document.createElement('canvas').getContext('2d');"
                + " for (const td of table.querySelectorAll('td[data-label]')) { const before = getComputedStyle(td, '::before');"
                + "   ctx.font = before.fontWeight + ' ' + before.fontSize + ' ' + before.fontFamily; const room = parseFloat(before.width);"
                + "   for (const word of td.dataset.label.split(/\\s+/)) { if (ctx.measureText(word).width > room + 0.5) cut.push(word + ' (' + Math.round(room) + ' px)'); } }"
                + " return cut.join(', ');");
    }

    /**
     * Where a word of a stacked table's cell is (on a phone each cell is its heading, its ::before, then its value):
     * "1 line(s), value column" when it is whole and beside its heading; a word broken in two lines or sitting under
     * the heading says so. Text for screen readers only (the code's « niveau Intermédiaire ») is not looked at.
     */
    static String wordInItsCell(SampleDataBrowser session, String cell, String word) {
        return (String) session.js("const td = document.querySelector(arguments[0]); if (!td) return 'no cell ' + arguments[0];"
                + " const walker = document.createTreeWalker(td, NodeFilter.SHOW_TEXT); let node; let found = null;"
                + " while (!found && (node = walker.nextNode())) { if (node.parentElement.closest('.visually-hidden')) continue;"
                + " const i = node.data.indexOf(arguments[1]); if (i >= 0) found = [node, i]; }"
                + " if (!found) return 'no « ' + arguments[1] + ' » in « ' + td.textContent + ' »';"
                + " const range = document.createRange(); range.setStart(found[0], found[1]); range.setEnd(found[0], found[1] + arguments[1].length);"
                + " const rects = [...range.getClientRects()]; const lines = new Set(rects.map((r) => Math.round(r.top))).size;"
                + " const heading = parseFloat(getComputedStyle(td, '::before').width); const left = td.getBoundingClientRect().left;"
                + " return lines + ' line(s), ' + (rects[0].left >= left + heading - 0.5 ? 'value column' : 'heading column');", cell, word);
    }
}
