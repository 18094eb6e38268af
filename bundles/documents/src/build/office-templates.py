#!/usr/bin/env python3
"""Writes the two XDocReport templates of the documents bundle (src/main/resources/.../internal/templates):
office.docx and office.odt, each an empty A4 document with French defaults, heading styles and one field, ${body},
that XDocReport fills with the document (HTML text styling: headings, paragraphs, lists, tables). Kept so that the
templates can be rebuilt or changed without an office suite; they may as well be edited in LibreOffice or Word, as long
as the field stays a MERGEFIELD (DOCX) or an input field (ODT) named ${body}.  Run: python3 office-templates.py"""
import os
import zipfile

OUT = os.path.join(os.path.dirname(__file__), '../main/resources/org/passerelle/documents/internal/templates')
W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'


def docx():
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '</Relationships>')
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>Passerelle</dc:creator><dc:language>fr-FR</dc:language></cp:coreProperties>')
    doc_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>')
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                f'<w:document xmlns:w="{W}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>'
                '<w:p><w:fldSimple w:instr=" MERGEFIELD  ${body}  \\* MERGEFORMAT "><w:r><w:t>«${body}»</w:t></w:r></w:fldSimple></w:p>'
                '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" '
                'w:header="567" w:footer="567" w:gutter="0"/></w:sectPr></w:body></w:document>')

    def style(sid, name, size, color='1D4F91', before=240, after=120, outline=None):
        level = f'<w:outlineLvl w:val="{outline}"/>' if outline is not None else ''
        return (f'<w:style w:type="paragraph" w:styleId="{sid}"><w:name w:val="{name}"/><w:basedOn w:val="Normal"/>'
                f'<w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="{before}" w:after="{after}"/>{level}</w:pPr>'
                f'<w:rPr><w:b/><w:color w:val="{color}"/><w:sz w:val="{size}"/></w:rPr></w:style>')
    styles = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="{W}"><w:docDefaults><w:rPrDefault><w:rPr>'
              '<w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:eastAsia="Arial" w:cs="Arial"/><w:sz w:val="21"/><w:lang w:val="fr-FR"/></w:rPr>'
              '</w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="80" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>'
              '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>'
              + style('Heading1', 'heading 1', 36, before=0, after=240, outline=0) + style('Heading2', 'heading 2', 30, outline=1)
              + style('Heading3', 'heading 3', 25, outline=2) + style('Heading4', 'heading 4', 22, color='333333', outline=3)
              + style('Heading5', 'heading 5', 21, color='333333', outline=4)
              + '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr>'
              '<w:tblInd w:w="0" w:type="dxa"/>'
              # XDocReport writes tables without a style: the default one draws their lines (hours, signature boxes).
              # In the schema's order: tblInd, tblBorders, tblCellMar.
              + '<w:tblBorders>' + ''.join(f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="888888"/>'
                                           for side in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV')) + '</w:tblBorders>'
              '<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>'
              '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar>'
              '</w:tblPr></w:style></w:styles>')
    with zipfile.ZipFile(os.path.join(OUT, 'office.docx'), 'w', zipfile.ZIP_DEFLATED) as z:
        for name, text in [('[Content_Types].xml', ct), ('_rels/.rels', rels), ('docProps/core.xml', core),
                           ('word/_rels/document.xml.rels', doc_rels), ('word/document.xml', document), ('word/styles.xml', styles)]:
            z.writestr(name, text)


NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"')
FONTS = ('<office:font-face-decls><style:font-face style:name="Liberation Sans" svg:font-family="&apos;Liberation Sans&apos;" '
         'style:font-family-generic="swiss" style:font-pitch="variable"/></office:font-face-decls>')


def odt():
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {NS} office:version="1.2">{FONTS}'
               '<office:automatic-styles/><office:body><office:text><text:p text:style-name="Standard">'
               '<text:text-input text:description="">${body}</text:text-input></text:p></office:text></office:body></office:document-content>')

    def style(name, display, size, color='#1d4f91', level=None):
        outline = f' style:default-outline-level="{level}"' if level else ''
        return (f'<style:style style:name="{name}" style:display-name="{display}" style:family="paragraph" style:parent-style-name="Standard" '
                f'style:next-style-name="Standard"{outline} style:class="text"><style:paragraph-properties fo:margin-top="0.4cm" '
                f'fo:margin-bottom="0.2cm" fo:keep-with-next="always"/><style:text-properties fo:font-size="{size}" fo:font-weight="bold" '
                f'fo:color="{color}"/></style:style>')
    styles = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-styles {NS} office:version="1.2">{FONTS}<office:styles>'
              '<style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.14cm"/>'
              '<style:text-properties style:font-name="Liberation Sans" fo:font-size="10.5pt" fo:language="fr" fo:country="FR"/></style:default-style>'
              '<style:style style:name="Standard" style:family="paragraph" style:class="text"/>'
              + style('Heading_20_1', 'Heading 1', '18pt', level=1) + style('Heading_20_2', 'Heading 2', '15pt', level=2)
              + style('Heading_20_3', 'Heading 3', '12.5pt', level=3) + style('Heading_20_4', 'Heading 4', '11pt', '#333333', 4)
              + style('Heading_20_5', 'Heading 5', '10.5pt', '#333333', 5)
              + '</office:styles><office:automatic-styles><style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" '
              'fo:page-height="29.7cm" style:print-orientation="portrait" fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="2cm" '
              'fo:margin-right="2cm"/></style:page-layout></office:automatic-styles><office:master-styles>'
              '<style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles></office:document-styles>')
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
                'manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:version="1.2" '
                'manifest:media-type="application/vnd.oasis.opendocument.text"/><manifest:file-entry manifest:full-path="content.xml" '
                'manifest:media-type="text/xml"/><manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/></manifest:manifest>')
    meta = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-meta {NS} office:version="1.2"><office:meta>'
            '<meta:generator>Passerelle</meta:generator><dc:language>fr-FR</dc:language></office:meta></office:document-meta>')
    with zipfile.ZipFile(os.path.join(OUT, 'office.odt'), 'w') as z:
        z.writestr(zipfile.ZipInfo('mimetype'), 'application/vnd.oasis.opendocument.text', compress_type=zipfile.ZIP_STORED)
        for name, text in [('content.xml', content), ('styles.xml', styles), ('meta.xml', meta), ('META-INF/manifest.xml', manifest)]:
            z.writestr(name, text, compress_type=zipfile.ZIP_DEFLATED)


docx()
odt()
