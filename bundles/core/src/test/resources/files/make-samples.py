#!/usr/bin/python3
"""Makes the sample files of FileTypesTest with the libraries that write these formats for real (Debian packages
python3-docx, python3-openpyxl, python3-odf, python3-xlwt, python3-reportlab with python3-pil; webp and libheif-examples for WebP and HEIC; LibreOffice, libreoffice-writer-nogui and
libreoffice-impress-nogui, for DOC, PPT and PPTX). Run from this folder; the files are
committed, so the build needs none of this."""
import docx, openpyxl, xlwt
import subprocess
from PIL import Image
from odf.opendocument import OpenDocumentText, OpenDocumentSpreadsheet, OpenDocumentPresentation
from odf.text import P
from odf.table import Table, TableRow, TableCell
from reportlab.pdfgen import canvas

d = docx.Document(); d.add_paragraph("Rapport d'intervention : remplacement du roulement."); d.save("rapport.docx")
wb = openpyxl.Workbook(); wb.active["A1"] = "Semaine"; wb.active["B1"] = 12; wb.save("heures.xlsx")
o = OpenDocumentText(); o.text.addElement(P(text="Présentation de l'entreprise")); o.save("presentation.odt")
s = OpenDocumentSpreadsheet(); t = Table(name="Feuille1"); r = TableRow(); c = TableCell(); c.addElement(P(text="12")); r.addElement(c); t.addElement(r)
s.spreadsheet.addElement(t); s.save("calendrier.ods")
x = xlwt.Workbook(); x.add_sheet("Calendrier").write(0, 0, "Semaine 12"); x.save("calendrier.xls")
c = canvas.Canvas("attestation.pdf"); c.drawString(72, 720, "Attestation de presence"); c.save()
p = OpenDocumentPresentation(); p.save("soutenance.odp")
im = Image.new("RGB", (32, 32))
for x in range(32):
    for y in range(32):
        im.putpixel((x, y), (x * 8, y * 8, 128))
im.save("photo.png"); im.save("photo.jpg", quality=80); im.save("photo.gif")
subprocess.run(["cwebp", "-quiet", "photo.png", "-o", "photo.webp"], check=True)
subprocess.run(["heif-enc", "-q", "50", "photo.png", "-o", "photo.heic"], check=True, stdout=subprocess.DEVNULL)
for target, source in (("doc", "presentation.odt"), ("ppt", "soutenance.odp"), ("pptx", "soutenance.odp")):
    subprocess.run(["soffice", "--headless", "--norestore", "--convert-to", target, source], check=True, stdout=subprocess.DEVNULL)
